// Reading the statistics' address and the annual report's forms (browser-safe).
import * as v from 'valibot';
import { encodeMessage } from '../../i18n/index.ts';
import { ANNUAL_SECTIONS, NARRATIVE_MAX } from './annual.ts';
import { instantToBelgrade } from '../../i18n/office-time.ts';
import type { MessageKey } from '../../i18n/index.ts';
import { readPeriod, yearPeriod, type StatisticsPeriod } from './period.ts';
import { optionalText, requiredText, rowsOf } from '../../validation.ts';
import {
	TEMPLATE_INDICATORS_MAX,
	TEMPLATE_NAME_MAX,
	TEMPLATE_SECTION_KINDS,
	TEMPLATE_SECTIONS_MAX,
	SECTION_TITLE_MAX,
	isTemplateIndicator,
	newSectionKey,
	sectionProblem,
	type SectionMove,
	type TemplateSection,
	type TemplateSectionKind
} from './templates.ts';
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

/** A template's names (creating one, and the head of the edit form). */
export const reportTemplateNameInput = v.object({
	name: requiredText(TEMPLATE_NAME_MAX),
	nameEn: optionalText(TEMPLATE_NAME_MAX)
});

/** Moving a saved section: `move` = `<section key>:up` or `:down` (the button's value). */
export const moveTemplateSectionInput = v.pipe(
	v.object({
		move: v.pipe(v.string(), v.regex(/^[a-zA-Z][a-zA-Z0-9-]{0,40}:(up|down)$/, encodeMessage('validation.invalid')))
	}),
	v.transform(({ move }) => {
		const colon = move.lastIndexOf(':');
		return { key: move.slice(0, colon), direction: move.slice(colon + 1) as SectionMove };
	})
);

/** Publishing a submitted report or taking it down (`published` = yes|no). */
export const publishReportInput = v.object({
	published: v.pipe(
		v.picklist(['yes', 'no'], encodeMessage('validation.invalid')),
		v.transform((value) => value === 'yes')
	)
});

/** Starting a report from a template: the year. */
export const startTemplateReportInput = v.object({
	year: v.pipe(
		v.string(),
		v.check((value) => readReportYear(value) !== null, encodeMessage('reports.period.problem.year')),
		v.transform(Number)
	)
});

/**
 * A template's sections from the RowEditor rows `sections[<i>].key|title|titleEn|kind|remove` and the
 * check boxes `sections[<i>].indicators`: blank and removed rows are dropped, the rest keep the order
 * they are listed in (sections move with their own buttons); each problem is reported on its field.
 */
export function readTemplateSections(
	formData: FormData,
	random: () => string = () => crypto.randomUUID()
): { sections: TemplateSection[]; errors: Record<string, string> } {
	const values: Record<string, string> = {};
	for (const [name, value] of formData)
		if (typeof value === 'string' && !name.endsWith('.indicators')) values[name] = value;
	const errors: Record<string, string> = {};
	const kept: { section: TemplateSection; index: number }[] = [];
	for (const row of rowsOf(values, 'sections').slice(0, TEMPLATE_SECTIONS_MAX + 5)) {
		const prefix = `sections[${row.index}]`;
		const indicators = formData
			.getAll(`${prefix}.indicators`)
			.filter((item): item is string => typeof item === 'string')
			.slice(0, TEMPLATE_INDICATORS_MAX);
		if (row.remove || (!row.title && !row.titleEn && indicators.length === 0)) continue;
		if (!row.title) errors[`${prefix}.title`] = 'validation.required';
		else if (row.title.length > SECTION_TITLE_MAX)
			errors[`${prefix}.title`] = encodeMessage('validation.tooLong', { max: SECTION_TITLE_MAX });
		if ((row.titleEn ?? '').length > SECTION_TITLE_MAX)
			errors[`${prefix}.titleEn`] = encodeMessage('validation.tooLong', { max: SECTION_TITLE_MAX });
		const kind = (TEMPLATE_SECTION_KINDS as readonly string[]).includes(row.kind ?? '')
			? (row.kind as TemplateSectionKind)
			: null;
		if (!kind) errors[`${prefix}.kind`] = 'validation.required';
		const known = indicators.filter(isTemplateIndicator);
		if (known.length !== indicators.length) errors[`${prefix}.indicators`] = 'validation.invalid';
		const problem = kind ? sectionProblem({ kind, indicators: known }) : null;
		if (problem) errors[`${prefix}.indicators`] ??= problem;
		kept.push({
			section: {
				key: row.key ?? '',
				title: row.title ?? '',
				titleEn: row.titleEn ?? '',
				kind: kind ?? 'text',
				indicators: known
			},
			index: Number(row.index)
		});
	}
	if (kept.length === 0) errors.sections = 'reports.templates.problem.noSections';
	if (kept.length > TEMPLATE_SECTIONS_MAX)
		errors.sections = encodeMessage('reports.templates.problem.tooMany', { max: TEMPLATE_SECTIONS_MAX });
	const taken: string[] = [];
	const sections = kept
		.sort((a, b) => a.index - b.index)
		.map(({ section }) => {
			// A new row has no key; a key sent twice (a copied row) gets a new one for the second.
			const isValid = /^[a-zA-Z][a-zA-Z0-9-]{0,40}$/.test(section.key) && !taken.includes(section.key);
			const key = isValid ? section.key : newSectionKey(taken, random);
			taken.push(key);
			return { ...section, key };
		});
	return { sections, errors };
}

/** A report's narratives, one field per section key (`narrative_<key>`). */
export function readTemplateNarratives(
	formData: FormData,
	keys: readonly string[]
): { narratives: Record<string, string>; errors: Record<string, string> } {
	const narratives: Record<string, string> = {};
	const errors: Record<string, string> = {};
	for (const key of keys) {
		const value = formData.get(`narrative_${key}`);
		const text = typeof value === 'string' ? value : '';
		if (text.length > NARRATIVE_MAX)
			errors[`narrative_${key}`] = encodeMessage('validation.tooLong', { max: NARRATIVE_MAX });
		narratives[key] = text;
	}
	return { narratives, errors };
}
