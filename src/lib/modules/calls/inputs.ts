import * as v from 'valibot';
import { checkbox, optionalText, requiredText, rowsOf } from '../../validation.ts';
import { encodeMessage } from '../../i18n/index.ts';
import { belgradeToInstant, isDateText, isTimeText } from '../../i18n/office-time.ts';
import type { FieldErrors } from '../../server/errors.ts';
import {
	APPLICANT_TYPES,
	TIE_RULES,
	type CallAttachmentKind,
	type CallCostCategory,
	type CallCriterion,
	type CallQuestion
} from './schema.ts';

export { rowsOf };

const m = encodeMessage;
/** The largest amount a form accepts, in dinars (a whole municipal budget line fits well below it). */
export const MAX_AMOUNT = 1_000_000_000;

const amount = (required: boolean) =>
	v.pipe(
		v.optional(v.string(), ''),
		v.trim(),
		// Staff type "200.000" or "200 000" as they write amounts; only digits count.
		v.transform((value) => value.replace(/[\s.]/g, '')),
		v.check((value) => !required || value !== '', m('validation.required')),
		v.check((value) => value === '' || /^\d{1,10}$/.test(value), m('calls.form.amountInvalid')),
		v.transform((value) => (value === '' ? 0 : Number(value))),
		v.check((value) => value <= MAX_AMOUNT, m('calls.form.amountInvalid'))
	);

const wholeNumber = (min: number, max: number) =>
	v.pipe(
		v.optional(v.string(), ''),
		v.trim(),
		v.check((value) => value === '' || /^\d{1,4}$/.test(value), m('validation.integer')),
		v.transform((value) => (value === '' ? min : Number(value))),
		v.check((value) => value >= min && value <= max, m('calls.form.numberBounds', { min, max }))
	);

const requiredDate = () =>
	v.pipe(v.optional(v.string(), ''), v.trim(), v.check(isDateText, m('calls.form.dateInvalid')));
const requiredTime = () =>
	v.pipe(v.optional(v.string(), ''), v.trim(), v.check(isTimeText, m('calls.form.timeInvalid')));

/** The call's single fields as typed in the back-office form (rows are read by parseCallForm). */
export const callFieldsInput = v.pipe(
	v.object({
		title: requiredText(200),
		titleEn: optionalText(200),
		summary: optionalText(500),
		summaryEn: optionalText(500),
		body: optionalText(100_000),
		bodyEn: optionalText(100_000),
		attachments: v.optional(v.array(v.string()), []),
		measures: v.optional(v.array(v.string()), []),
		totalBudget: amount(true),
		minPerProject: amount(false),
		maxPerProject: amount(true),
		coFinancingPercent: wholeNumber(0, 100),
		applicantTypes: v.pipe(
			v.optional(v.array(v.string()), []),
			v.check((types) => types.length > 0, m('calls.form.applicantTypesRequired')),
			v.check(
				(types) => types.every((type) => (APPLICANT_TYPES as readonly string[]).includes(type)),
				m('calls.form.applicantTypesRequired')
			),
			v.transform((types) => [...new Set(types)] as (typeof APPLICANT_TYPES)[number][])
		),
		groupMinMembers: wholeNumber(2, 100),
		minTotalPoints: wholeNumber(0, 1000),
		tieRule: v.picklist(TIE_RULES, m('validation.required')),
		allowsPartialFunding: checkbox(),
		publishesScores: checkbox(),
		opensDate: requiredDate(),
		opensTime: requiredTime(),
		closesDate: requiredDate(),
		closesTime: requiredTime(),
		timetable: optionalText(2000),
		timetableEn: optionalText(2000),
		status: v.picklist(['draft', 'published'] as const, m('validation.required'))
	}),
	v.forward(
		v.check((input) => input.minPerProject <= input.maxPerProject, m('calls.form.minOverMax')),
		['minPerProject']
	),
	v.forward(
		v.check((input) => input.maxPerProject <= input.totalBudget, m('calls.form.maxOverBudget')),
		['maxPerProject']
	),
	v.forward(
		v.check(
			(input) =>
				belgradeToInstant(input.closesDate, input.closesTime) > belgradeToInstant(input.opensDate, input.opensTime),
			m('calls.form.closesBeforeOpens')
		),
		['closesDate']
	),
	v.transform(({ opensDate, opensTime, closesDate, closesTime, attachments, measures, ...rest }) => ({
		...rest,
		attachments: [...new Set(attachments)],
		measureIds: [...new Set(measures)],
		opensAt: belgradeToInstant(opensDate, opensTime),
		closesAt: belgradeToInstant(closesDate, closesTime)
	}))
);

export type CallInput = v.InferOutput<typeof callFieldsInput> & {
	criteria: CallCriterion[];
	costCategories: CallCostCategory[];
	questions: CallQuestion[];
	attachmentKinds: CallAttachmentKind[];
};

const isBlank = (row: Record<string, string>, fields: string[]) => fields.every((field) => !row[field]);

/**
 * The whole call form: the single fields through the schema, then the criteria, cost categories and
 * questions row by row (an empty row or one marked "remove" is dropped; a half-filled one is an error on it).
 */
export function parseCallForm(
	values: Record<string, string | string[]>
): { ok: true; data: CallInput } | { ok: false; errors: FieldErrors } {
	const errors: FieldErrors = {};
	const fields = v.safeParse(callFieldsInput, values);
	if (!fields.success) {
		for (const issue of fields.issues) {
			const key = issue.path?.map((item) => String(item.key)).join('.') || '_form';
			errors[key] ??= issue.message;
		}
	}
	const criteria: CallCriterion[] = [];
	for (const row of rowsOf(values, 'criteria')) {
		if (row.remove || isBlank(row, ['name', 'nameEn', 'maxPoints'])) continue;
		const prefix = `criteria[${row.index}]`;
		if (!row.name) errors[`${prefix}.name`] = m('validation.required');
		else if (row.name.length > 300) errors[`${prefix}.name`] = m('validation.tooLong', { max: 300 });
		if (!/^\d{1,3}$/.test(row.maxPoints ?? '') || Number(row.maxPoints) < 1) {
			errors[`${prefix}.maxPoints`] = m('calls.form.numberBounds', { min: 1, max: 999 });
		}
		criteria.push({
			key: row.key ?? '',
			name: row.name,
			nameEn: (row.nameEn ?? '').slice(0, 300),
			maxPoints: Number(row.maxPoints)
		});
	}
	const costCategories: CallCostCategory[] = [];
	for (const row of rowsOf(values, 'categories')) {
		if (row.remove || isBlank(row, ['name', 'nameEn'])) continue;
		const prefix = `categories[${row.index}]`;
		if (!row.name) errors[`${prefix}.name`] = m('validation.required');
		else if (row.name.length > 200) errors[`${prefix}.name`] = m('validation.tooLong', { max: 200 });
		costCategories.push({
			key: row.key ?? '',
			name: row.name,
			nameEn: (row.nameEn ?? '').slice(0, 200),
			isEligible: row.kind !== 'ineligible'
		});
	}
	const questions: CallQuestion[] = [];
	for (const row of rowsOf(values, 'questions')) {
		if (row.remove || isBlank(row, ['text', 'textEn'])) continue;
		const prefix = `questions[${row.index}]`;
		if (!row.text) errors[`${prefix}.text`] = m('validation.required');
		else if (row.text.length > 500) errors[`${prefix}.text`] = m('validation.tooLong', { max: 500 });
		questions.push({
			key: row.key ?? '',
			text: row.text,
			textEn: (row.textEn ?? '').slice(0, 500),
			isRequired: row.required === 'required'
		});
	}
	const attachmentKinds: CallAttachmentKind[] = [];
	for (const row of rowsOf(values, 'attachmentKinds')) {
		if (row.remove || isBlank(row, ['name', 'nameEn'])) continue;
		const prefix = `attachmentKinds[${row.index}]`;
		if (!row.name) errors[`${prefix}.name`] = m('validation.required');
		else if (row.name.length > 200) errors[`${prefix}.name`] = m('validation.tooLong', { max: 200 });
		attachmentKinds.push({
			key: row.key ?? '',
			name: row.name,
			nameEn: (row.nameEn ?? '').slice(0, 200),
			isRequired: row.required === 'required'
		});
	}
	if (fields.success) {
		const maxTotal = criteria.reduce((sum, criterion) => sum + criterion.maxPoints, 0);
		if (fields.output.status === 'published') {
			// A call cannot be judged without criteria, nor applied to without a category to spend on.
			if (criteria.length === 0) errors['criteria'] = m('calls.form.criteriaRequired');
			if (!costCategories.some((category) => category.isEligible))
				errors['categories'] = m('calls.form.categoriesRequired');
		}
		if (criteria.length > 0 && fields.output.minTotalPoints > maxTotal) {
			errors['minTotalPoints'] = m('calls.form.minPointsOverMax', { max: maxTotal });
		}
	}
	if (!fields.success || Object.keys(errors).length > 0) return { ok: false, errors };
	return { ok: true, data: { ...fields.output, criteria, costCategories, questions, attachmentKinds } };
}
