// Reading the statistics' address and the annual report's forms (browser-safe).
import * as v from 'valibot';
import { encodeMessage } from '../../i18n/index.ts';
import { ANNUAL_SECTIONS, NARRATIVE_MAX } from './annual.ts';
import { instantToBelgrade } from '../../i18n/office-time.ts';
import type { MessageKey } from '../../i18n/index.ts';
import { readPeriod, yearPeriod, type StatisticsPeriod } from './period.ts';
import { optionalText, requiredText } from '../../validation.ts';
import { WORK_STANDARD_AREAS, WORK_STANDARD_RATINGS } from './standards.ts';

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The period, programme and action-plan area from the address. A bad period is reported with the message to show;
 * `fallback` is this year, so the page can still show something beside the message.
 */
export function readStatisticsRequest(
	params: URLSearchParams,
	now: Date
):
	| { ok: true; filter: { period: StatisticsPeriod; programmeId: string | null; planAreaId: string | null } }
	| { ok: false; message: MessageKey; fallback: { period: StatisticsPeriod; programmeId: null } } {
	const today = instantToBelgrade(now).date;
	const read = readPeriod(params, today);
	const programme = (params.get('programme') ?? '').trim();
	const area = (params.get('area') ?? '').trim();
	if (!read.ok)
		return {
			ok: false,
			message: `reports.period.problem.${read.problem}` as MessageKey,
			fallback: { period: yearPeriod(Number(today.slice(0, 4))), programmeId: null }
		};
	return {
		ok: true,
		filter: {
			period: read.period,
			programmeId: ID.test(programme) ? programme : null,
			planAreaId: ID.test(area) ? area : null
		}
	};
}

const narrative = v.pipe(
	v.optional(v.string(), ''),
	v.maxLength(NARRATIVE_MAX, encodeMessage('validation.tooLong', { max: NARRATIVE_MAX }))
);

/** The annual report's text, one field per section (`narrative_<section>`). */
export const annualReportInput = v.object(
	Object.fromEntries(ANNUAL_SECTIONS.map((section) => [`narrative_${section.key}`, narrative])) as Record<
		`narrative_${(typeof ANNUAL_SECTIONS)[number]['key']}`,
		typeof narrative
	>
);

/** Submitting asks for an explicit confirmation (a submitted report no longer changes). */
export const submitAnnualReportInput = v.object({
	// An unticked box sends nothing: the field is optional to the parser and checked here, so the message is ours.
	confirm: v.pipe(
		v.optional(v.string(), ''),
		v.check((value) => value === 'yes', encodeMessage('reports.annual.confirmRequired'))
	)
});

/** The year in an address: a whole year from 2000 on, else null. */
export function readReportYear(text: string): number | null {
	return /^\d{4}$/.test(text) && Number(text) >= 2000 ? Number(text) : null;
}

/** A new standard (in an area) or indicator (under a standard), or new wording of one. */
export const workStandardItemInput = v.object({
	text: requiredText(1000),
	textEn: optionalText(1000)
});

/** Where a new item goes: an area for a standard, or the standard an indicator belongs to. */
export const newWorkStandardItemInput = v.object({
	...workStandardItemInput.entries,
	area: v.picklist(WORK_STANDARD_AREAS, encodeMessage('validation.required')),
	parentId: v.pipe(
		v.optional(v.string(), ''),
		v.trim(),
		v.check((value) => value === '' || ID.test(value), encodeMessage('validation.invalid'))
	)
});

/** The rating of one indicator for a year, with its comment, evidence and improvement. */
export const rateWorkStandardInput = v.object({
	indicatorId: v.pipe(
		v.string(),
		v.check((value) => ID.test(value), encodeMessage('validation.invalid'))
	),
	rating: v.picklist(WORK_STANDARD_RATINGS, encodeMessage('reports.standards.ratingRequired')),
	comment: optionalText(4000),
	improvement: optionalText(4000),
	activityId: v.pipe(
		v.optional(v.string(), ''),
		v.trim(),
		v.check((value) => value === '' || ID.test(value), encodeMessage('validation.invalid'))
	),
	evidence: v.pipe(v.optional(v.array(v.string()), []), v.maxLength(100, encodeMessage('validation.invalid')))
});

/** The standard or indicator a form acts on. */
export const workStandardItemIdInput = v.object({
	id: v.pipe(
		v.string(),
		v.check((value) => ID.test(value), encodeMessage('validation.invalid'))
	)
});
