// Configurable report templates (browser-safe, decision 0035): what a ministry or donor asks for, as
// ordered sections that each show chosen statistics figures and tables, work-standard areas or the
// action plan, beside a narrative staff write. The default template follows the four standard areas.
import type { AnnualPlanGoal, StatisticsShape } from '../../server/manifest.ts';
import type { ShownBlock, ShownFigure, ShownTable } from './shown.ts';
import type { AreaSummary, AssessedStandard, WorkStandardArea } from './standards.ts';
import { WORK_STANDARD_AREAS, isWorkStandardArea } from './standards.ts';

/** What a section shows beside its narrative. */
export const TEMPLATE_SECTION_KINDS = ['standards', 'figures', 'plan', 'text'] as const;
export type TemplateSectionKind = (typeof TEMPLATE_SECTION_KINDS)[number];

/**
 * A chosen indicator: `figure:<key>` (one statistics figure), `table:<key>` (one statistics table) or
 * `area:<area>` (a work-standard area's self-assessment). Keys, never record ids: deleting demo or old
 * records never breaks a template.
 */
export type TemplateIndicator = `figure:${string}` | `table:${string}` | `area:${WorkStandardArea}`;

/** One section of a template, in the template's order. */
export interface TemplateSection {
	/** Stable within the template: a report's narratives are kept under it. */
	key: string;
	title: string;
	titleEn: string;
	kind: TemplateSectionKind;
	indicators: string[];
}

/** A template as the default set describes it. */
export interface TemplateDefinition {
	name: string;
	nameEn: string;
	sections: TemplateSection[];
}

export const TEMPLATE_NAME_MAX = 200;
export const SECTION_TITLE_MAX = 200;
export const TEMPLATE_SECTIONS_MAX = 30;
export const TEMPLATE_INDICATORS_MAX = 40;

const area = (key: WorkStandardArea): TemplateIndicator => `area:${key}`;

/** The default template, on the ministry's four work-standard areas (in our own words). */
export const DEFAULT_REPORT_TEMPLATE: TemplateDefinition = {
	name: 'Извештај по стандардима рада канцеларије за младе',
	nameEn: 'Report on the youth office work standards',
	sections: [
		{
			key: 'intro',
			title: 'Увод',
			titleEn: 'Introduction',
			kind: 'text',
			indicators: []
		},
		{
			key: 'management',
			title: 'Добро управљање канцеларијом',
			titleEn: 'Good management of the office',
			kind: 'standards',
			indicators: [area('management'), 'figure:events.held', 'figure:events.sessions', 'figure:surveys.surveys']
		},
		{
			key: 'partnership',
			title: 'Активно партнерство са локалним актерима',
			titleEn: 'Active partnership with local actors',
			kind: 'standards',
			indicators: [
				area('partnership'),
				'figure:organisations.active',
				'figure:organisations.agreements',
				'figure:organisations.jointEvents',
				'figure:calls.funded'
			]
		},
		{
			key: 'participation',
			title: 'Висок ниво учешћа младих',
			titleEn: 'A high level of youth participation',
			kind: 'standards',
			indicators: [
				area('participation'),
				'figure:participation.people',
				'figure:participation.submitted',
				'figure:council.sessions',
				'figure:volunteering.volunteers',
				'figure:volunteering.hours'
			]
		},
		{
			key: 'inclusion',
			title: 'Инклузивна омладинска политика',
			titleEn: 'Inclusive youth policy',
			kind: 'standards',
			indicators: [area('inclusion'), 'figure:attendance.reached', 'table:attendance.vulnerable']
		},
		{
			key: 'plan',
			title: 'Спровођење локалног акционог плана за младе',
			titleEn: 'Carrying out the local action plan for youth',
			kind: 'plan',
			indicators: []
		}
	]
};

/** Whether a chosen indicator names a statistics figure, table or standard area. */
export function isTemplateIndicator(value: string): value is TemplateIndicator {
	const [prefix, key] = splitIndicator(value);
	if (prefix === 'area') return isWorkStandardArea(key);
	return (prefix === 'figure' || prefix === 'table') && /^[a-zA-Z][a-zA-Z0-9_.-]{0,99}$/.test(key);
}

function splitIndicator(value: string): [string, string] {
	const colon = value.indexOf(':');
	return colon < 0 ? ['', value] : [value.slice(0, colon), value.slice(colon + 1)];
}

/** The problem of one section, as a message key, or null when it is sound. */
export function sectionProblem(section: Pick<TemplateSection, 'kind' | 'indicators'>): string | null {
	const areas = section.indicators.filter((indicator) => indicator.startsWith('area:'));
	const statistics = section.indicators.filter((indicator) => !indicator.startsWith('area:'));
	if (section.kind === 'text' && section.indicators.length > 0) return 'reports.templates.problem.textOnly';
	if (section.kind === 'standards' && areas.length === 0) return 'reports.templates.problem.needsArea';
	if (section.kind !== 'standards' && areas.length > 0) return 'reports.templates.problem.areaInStandardsOnly';
	if (section.kind === 'figures' && statistics.length === 0) return 'reports.templates.problem.needsFigure';
	return null;
}

/** A key for a new section that none of the others has. */
export function newSectionKey(taken: readonly string[], random: () => string): string {
	// A random source that repeats itself (a test's) still ends: after a few tries a counter is added.
	for (let attempt = 0; ; attempt++) {
		const key = `s-${random()
			.replace(/[^a-z0-9]/gi, '')
			.slice(0, 8)
			.toLowerCase()}${attempt > 4 ? attempt : ''}`;
		if (key.length > 2 && !taken.includes(key)) return key;
	}
}

/** Where a section moves in its template's order. */
export type SectionMove = 'up' | 'down';

/**
 * The sections with one moved a place up or down; the others keep their order. Null when the key is not
 * there or the section is already first (up) or last (down), so nothing changes.
 */
export function moveSection<T extends { key: string }>(
	sections: readonly T[],
	key: string,
	direction: SectionMove
): T[] | null {
	const from = sections.findIndex((section) => section.key === key);
	const to = direction === 'up' ? from - 1 : from + 1;
	if (from < 0 || to < 0 || to >= sections.length) return null;
	const moved = [...sections];
	[moved[from], moved[to]] = [moved[to], moved[from]];
	return moved;
}

/** One indicator staff can choose: what it counts, grouped by the statistics block it comes from. */
export interface IndicatorChoice {
	value: TemplateIndicator;
	/** Message key of its name. */
	labelKey: string;
	/** Message key of its group (a block's title, or the work standards). */
	groupKey: string;
}

/** Everything a section may show: each block's figures and tables, then the four standard areas. */
export function indicatorCatalogue(blocks: readonly Pick<StatisticsShape, 'titleKey' | 'figures' | 'tables'>[]) {
	const choices: IndicatorChoice[] = [];
	for (const block of blocks) {
		for (const figure of block.figures)
			choices.push({ value: `figure:${figure.key}`, labelKey: figure.labelKey, groupKey: block.titleKey });
		for (const table of block.tables)
			choices.push({ value: `table:${table.key}`, labelKey: table.titleKey, groupKey: block.titleKey });
	}
	for (const key of WORK_STANDARD_AREAS)
		choices.push({
			value: area(key),
			labelKey: `reports.standards.area.${key}`,
			groupKey: 'reports.templates.standardsGroup'
		});
	return choices;
}

/** A figure as a template report shows it: this year's and last year's, as shown (small groups hidden). */
export type ReportFigure = Pick<ShownFigure, 'key' | 'labelKey' | 'text' | 'value' | 'previousText' | 'previousValue'>;

/** A work-standard area as a template report shows it: the summary with last year's, and the year's ratings. */
export interface ReportArea {
	area: WorkStandardArea;
	summary: AreaSummary;
	previous: AreaSummary | null;
	standards: AssessedStandard[];
}

/** One section of a made report: its wording, the figures filled from the platform and the narrative. */
export interface ReportSection {
	key: string;
	title: string;
	titleEn: string;
	kind: TemplateSectionKind;
	figures: ReportFigure[];
	tables: ShownTable[];
	areas: ReportArea[];
	/** The action plan's goals of the year for a plan section; null elsewhere or without a plan. */
	plan: AnnualPlanGoal[] | null;
	/** Chosen indicators the platform has no figure for (a module switched off, a key renamed). */
	missing: string[];
}

/** What the platform knows for a year, from which every section takes what it chose. */
export interface YearFacts {
	blocks: readonly ShownBlock[];
	/** The self-assessment per area (null when the office keeps no standards). */
	areas: {
		summary: AreaSummary[];
		previousSummary: AreaSummary[];
		standards: Record<string, AssessedStandard[]>;
	} | null;
	plan: AnnualPlanGoal[] | null;
}

/** Fills a template's sections with the year's facts, in the order the staff chose their indicators. */
export function fillSections(sections: readonly TemplateSection[], facts: YearFacts): ReportSection[] {
	const figures = new Map(facts.blocks.flatMap((block) => block.figures).map((figure) => [figure.key, figure]));
	const tables = new Map(facts.blocks.flatMap((block) => block.tables).map((table) => [table.key, table]));
	return sections.map((section) => {
		const filled: ReportSection = {
			key: section.key,
			title: section.title,
			titleEn: section.titleEn,
			kind: section.kind,
			figures: [],
			tables: [],
			areas: [],
			plan: section.kind === 'plan' ? facts.plan : null,
			missing: []
		};
		for (const indicator of section.indicators) {
			const [prefix, key] = splitIndicator(indicator);
			if (prefix === 'figure') {
				const figure = figures.get(key);
				if (figure) {
					const { labelKey, text, value, previousText, previousValue } = figure;
					filled.figures.push({ key, labelKey, text, value, previousText, previousValue });
				} else filled.missing.push(indicator);
			} else if (prefix === 'table') {
				const table = tables.get(key);
				if (table) filled.tables.push(table);
				else filled.missing.push(indicator);
			} else if (prefix === 'area' && isWorkStandardArea(key) && facts.areas) {
				const summary = facts.areas.summary.find((item) => item.area === key);
				if (summary)
					filled.areas.push({
						area: key,
						summary,
						previous: facts.areas.previousSummary.find((item) => item.area === key) ?? null,
						standards: facts.areas.standards[key] ?? []
					});
			} else if (prefix === 'area' && isWorkStandardArea(key)) {
				filled.missing.push(indicator);
			}
		}
		return filled;
	});
}

/** What a submitted template report froze: the sections as filled then, and the text. */
export interface TemplateReportSnapshot {
	year: number;
	name: string;
	nameEn: string;
	sections: ReportSection[];
	narratives: Record<string, string>;
	submittedAt: string;
}
