// What the plan's forms send, checked and turned into typed values. Numbers are typed as people in
// Serbia write them: "12,5" or "12.5"; amounts in whole dinars, thousands separated or not.
import * as v from 'valibot';
import { optionalText, requiredText, checkbox } from '../../validation.ts';
import { encodeMessage } from '../../i18n/index.ts';
import { isDateText } from '../../i18n/office-time.ts';
import { ACTIVITY_STATUSES, BUDGET_SOURCES, COMPUTED_MEASURES, PLAN_STATUSES } from './schema.ts';

/** A manifest indicator source's key: 'module.figure'. */
const SOURCE_KEY = /^[a-z][a-z0-9-]*\.[a-z][a-z0-9_]*$/;

const m = encodeMessage;

const year = () =>
	v.pipe(
		v.string(m('validation.required')),
		v.trim(),
		v.nonEmpty(m('validation.required')),
		v.regex(/^\d{4}$/, m('validation.integer')),
		v.transform(Number),
		v.minValue(2000, m('validation.integer')),
		v.maxValue(2100, m('validation.integer'))
	);

const optionalYear = () =>
	v.pipe(
		v.optional(v.string(), ''),
		v.trim(),
		v.check((value) => value === '' || /^\d{4}$/.test(value), m('validation.integer')),
		v.transform((value) => (value === '' ? null : Number(value)))
	);

const optionalQuarter = () =>
	v.pipe(
		v.optional(v.string(), ''),
		v.trim(),
		v.check((value) => value === '' || /^[1-4]$/.test(value), m('plan.error.quarter')),
		v.transform((value) => (value === '' ? null : Number(value)))
	);

/** A decimal number or nothing. */
export const optionalDecimal = () =>
	v.pipe(
		v.optional(v.string(), ''),
		v.trim(),
		v.check((value) => value === '' || /^-?\d{1,12}([.,]\d{1,4})?$/.test(value), m('plan.error.number')),
		v.transform((value) => (value === '' ? null : Number(value.replace(',', '.'))))
	);

/** Whole dinars; "1.200.000", "1 200 000" and "1200000" are the same amount. */
export const optionalAmount = () =>
	v.pipe(
		v.optional(v.string(), ''),
		v.trim(),
		v.transform((value) => value.replace(/[\s.']/g, '')),
		v.check((value) => value === '' || /^\d{1,13}$/.test(value), m('plan.error.amount')),
		v.transform((value) => (value === '' ? null : Number(value)))
	);

const weight = () =>
	v.pipe(
		v.optional(v.string(), '1'),
		v.trim(),
		v.transform((value) => (value === '' ? '1' : value)),
		v.check((value) => /^\d{1,3}$/.test(value) && Number(value) <= 100, m('plan.error.weight')),
		v.transform(Number)
	);

/** Why an adopted plan changed; required then, ignored for drafts (the command decides). */
const reason = () => optionalText(1000);

export const planInput = v.pipe(
	v.object({
		title: requiredText(300),
		titleEn: optionalText(300),
		firstYear: year(),
		lastYear: year(),
		status: v.picklist(PLAN_STATUSES, m('validation.required')),
		decisionNumber: optionalText(100),
		decisionDate: v.pipe(
			v.optional(v.string(), ''),
			v.trim(),
			v.check((value) => value === '' || isDateText(value), m('plan.error.date'))
		),
		decisionDocumentId: optionalText(100),
		introduction: optionalText(50_000),
		introductionEn: optionalText(50_000),
		isCurrent: checkbox(),
		reason: reason()
	}),
	v.forward(
		v.check((input) => input.firstYear <= input.lastYear, m('plan.error.yearRange')),
		['lastYear']
	),
	v.forward(
		v.check(
			(input) => input.status !== 'adopted' || (input.decisionNumber !== '' && input.decisionDate !== ''),
			m('plan.error.adoptNeedsDecision')
		),
		['decisionNumber']
	),
	v.transform(({ decisionDate, decisionDocumentId, ...rest }) => ({
		...rest,
		decisionDate: decisionDate || null,
		decisionDocumentId: decisionDocumentId || null
	}))
);
export type PlanInput = v.InferOutput<typeof planInput>;

const titled = {
	title: requiredText(500),
	titleEn: optionalText(500),
	description: optionalText(5000),
	descriptionEn: optionalText(5000),
	weight: weight(),
	reason: reason()
};

export const areaInput = v.object({
	name: requiredText(200),
	nameEn: optionalText(200),
	weight: weight(),
	reason: reason()
});
export type AreaInput = v.InferOutput<typeof areaInput>;

export const goalInput = v.object({ areaId: requiredText(100), ...titled });
export type GoalInput = v.InferOutput<typeof goalInput>;

export const measureInput = v.object({ goalId: requiredText(100), ...titled });
export type MeasureInput = v.InferOutput<typeof measureInput>;

const budgetRow = v.object({
	year: optionalYear(),
	source: v.picklist(BUDGET_SOURCES, m('validation.required')),
	sourceNote: optionalText(300),
	planned: optionalAmount(),
	spent: optionalAmount()
});

export const activityInput = v.pipe(
	v.object({
		measureId: requiredText(100),
		title: requiredText(500),
		titleEn: optionalText(500),
		description: optionalText(5000),
		responsible: optionalText(300),
		/** One co-implementer per line. */
		coImplementers: v.pipe(
			optionalText(3000),
			v.transform((value) =>
				value
					.split('\n')
					.map((line) => line.trim())
					.filter(Boolean)
			)
		),
		startYear: optionalYear(),
		startQuarter: optionalQuarter(),
		endYear: optionalYear(),
		endQuarter: optionalQuarter(),
		status: v.picklist(ACTIVITY_STATUSES, m('validation.required')),
		progress: v.pipe(
			v.optional(v.string(), '0'),
			v.trim(),
			v.transform((value) => (value === '' ? '0' : value)),
			v.check((value) => /^\d{1,3}$/.test(value) && Number(value) <= 100, m('plan.error.progress')),
			v.transform(Number)
		),
		notes: optionalText(5000),
		weight: weight(),
		budgets: v.optional(v.array(budgetRow), []),
		reason: reason()
	}),
	v.forward(
		v.check(
			(input) => input.startYear === null || input.endYear === null || input.startYear <= input.endYear,
			m('plan.error.yearRange')
		),
		['endYear']
	),
	v.transform(({ budgets, ...rest }) => ({
		...rest,
		// Rows left empty in the form are not budget lines.
		budgets: budgets.filter((row) => row.year !== null && (row.planned !== null || row.spent !== null))
	}))
);
export type ActivityInput = v.InferOutput<typeof activityInput>;

const targetRow = v.object({ year: optionalYear(), target: optionalDecimal() });

export const indicatorInput = v.pipe(
	v.object({
		goalId: optionalText(100),
		measureId: optionalText(100),
		name: requiredText(500),
		nameEn: optionalText(500),
		unit: optionalText(100),
		unitEn: optionalText(100),
		baselineValue: optionalDecimal(),
		baselineYear: optionalYear(),
		endTarget: optionalDecimal(),
		dataSource: optionalText(500),
		computedFrom: v.pipe(
			v.optional(v.string(), ''),
			// A built-in count or a manifest source's namespaced key; the command checks the key is offered.
			v.check(
				(value) => value === '' || (COMPUTED_MEASURES as readonly string[]).includes(value) || SOURCE_KEY.test(value),
				m('validation.required')
			),
			v.transform((value) => (value === '' ? null : value))
		),
		targets: v.optional(v.array(targetRow), []),
		reason: reason()
	}),
	v.forward(
		v.check((input) => (input.goalId === '') !== (input.measureId === ''), m('plan.error.indicatorTarget')),
		['measureId']
	),
	v.transform(({ goalId, measureId, targets, ...rest }) => ({
		...rest,
		goalId: goalId || null,
		measureId: measureId || null,
		targets: targets.filter((row): row is { year: number; target: number | null } => row.year !== null)
	}))
);
export type IndicatorInput = v.InferOutput<typeof indicatorInput>;

export const indicatorActualInput = v.object({
	year: year(),
	actual: optionalDecimal(),
	source: optionalText(500),
	note: optionalText(2000)
});
export type IndicatorActualInput = v.InferOutput<typeof indicatorActualInput>;

export const monitoringEntryInput = v.object({
	status: v.picklist(ACTIVITY_STATUSES, m('validation.required')),
	progress: v.pipe(
		v.optional(v.string(), '0'),
		v.trim(),
		v.check((value) => /^\d{1,3}$/.test(value || '0') && Number(value) <= 100, m('plan.error.progress')),
		v.transform(Number)
	),
	spent: optionalAmount(),
	comment: optionalText(5000),
	documentIds: v.optional(v.array(v.string()), [])
});
export type MonitoringEntryInput = v.InferOutput<typeof monitoringEntryInput>;

export const monitoringSummaryInput = v.object({
	summary: optionalText(50_000),
	summaryEn: optionalText(50_000)
});

/** Deleting a part of the plan: the person ticks that they understand what goes with it. */
export const deleteItemInput = v.object({
	confirm: v.pipe(
		checkbox(),
		v.check((given) => given, m('plan.delete.confirmRequired'))
	),
	deleteReason: reason()
});

/** Submitting a report freezes it: the person ticks that they understand. */
export const submitReportInput = v.object({
	confirm: v.pipe(
		checkbox(),
		v.check((given) => given, m('plan.monitoring.confirmRequired'))
	)
});

export const startReportInput = v.object({ year: year() });
