// Pure helpers for showing the plan: filters, amounts typed as people in Serbia write them, and the
// geometry of the indicator charts (drawn on the server as SVG, so they need no script).
import type { ActivityStatus } from './schema.ts';
import type { I18n } from '../../i18n/index.ts';
import type { AreaNode, PlanTree } from './queries.server.ts';

export const ACTIVITY_STATUS_LIST: readonly ActivityStatus[] = [
	'not_started',
	'in_progress',
	'done',
	'late',
	'dropped'
];

/** Whole dinars with dots between thousands ("1.200.000"), as the budget fields accept them. */
export function formatAmountInput(amount: number | null | undefined): string {
	if (amount === null || amount === undefined) return '';
	return String(Math.round(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** A decimal as a form shows it: a comma before the decimals. */
export function formatDecimalInput(value: number | null | undefined): string {
	if (value === null || value === undefined) return '';
	return String(value).replace('.', ',');
}

export interface TreeFilters {
	areaId: string | null;
	status: ActivityStatus | null;
}

/** The areas (and inside them the goals, measures and activities) that match the filters; empty branches go. */
export function filterTree(tree: Pick<PlanTree, 'areas'>, filters: TreeFilters): AreaNode[] {
	return tree.areas
		.filter((area) => !filters.areaId || area.id === filters.areaId)
		.map((area) => ({
			...area,
			goals: area.goals
				.map((goal) => ({
					...goal,
					measures: goal.measures
						.map((measure) => ({
							...measure,
							activities: measure.activities.filter((activity) => !filters.status || activity.status === filters.status)
						}))
						.filter((measure) => !filters.status || measure.activities.length > 0)
				}))
				.filter((goal) => !filters.status || goal.measures.length > 0)
		}))
		.filter((area) => area.goals.length > 0);
}

/** Areas that have at least one goal: the ones worth offering in the public filter. */
export function usedAreas(tree: Pick<PlanTree, 'areas'>): AreaNode[] {
	return tree.areas.filter((area) => area.goals.length > 0);
}

export interface ChartYear {
	year: number;
	target: number | null;
	actual: number | null;
}

export interface ChartBar {
	x: number;
	y: number;
	width: number;
	height: number;
	value: number;
}

export interface ChartGeometry {
	width: number;
	height: number;
	/** Where the bars stand (the zero line). */
	baseY: number;
	top: number;
	max: number;
	years: { year: number; labelX: number; target: ChartBar | null; actual: ChartBar | null }[];
	baseline: { y: number; value: number } | null;
	endTarget: { y: number; value: number } | null;
}

/** Targets and actuals per year of the plan's period, from an indicator's yearly values. */
export function chartYears(
	indicator: { values: readonly { year: number; target: number | null; actual: number | null }[] },
	firstYear: number,
	lastYear: number
): ChartYear[] {
	const years: ChartYear[] = [];
	for (let year = firstYear; year <= lastYear; year++) {
		const row = indicator.values.find((value) => value.year === year);
		years.push({ year, target: row?.target ?? null, actual: row?.actual ?? null });
	}
	return years;
}

/** A "nice" upper bound for the axis: 1, 2 or 5 times a power of ten. */
export function niceMax(value: number): number {
	if (value <= 0) return 1;
	const power = 10 ** Math.floor(Math.log10(value));
	for (const step of [1, 2, 5, 10]) if (value <= step * power) return step * power;
	return 10 * power;
}

/** Bars for target and actual of every year, scaled to the largest number shown. */
export function chartGeometry(
	years: readonly ChartYear[],
	options: { baseline?: number | null; endTarget?: number | null; width?: number; height?: number } = {}
): ChartGeometry {
	const width = options.width ?? 320;
	const height = options.height ?? 180;
	const left = 36;
	const right = 8;
	const top = 12;
	const bottom = 24;
	const numbers = [
		...years.flatMap((row) => [row.target, row.actual]),
		options.baseline ?? null,
		options.endTarget ?? null
	].filter((value): value is number => value !== null && Number.isFinite(value));
	const max = niceMax(Math.max(0, ...numbers));
	const baseY = height - bottom;
	const scale = (value: number) => (Math.max(0, value) / max) * (baseY - top);
	const slot = (width - left - right) / Math.max(1, years.length);
	const barWidth = Math.min(18, slot / 2.6);
	const bar = (value: number | null, x: number): ChartBar | null =>
		value === null ? null : { x, y: baseY - scale(value), width: barWidth, height: scale(value), value };
	const line = (value: number | null | undefined) =>
		value === null || value === undefined ? null : { y: baseY - scale(value), value };
	return {
		width,
		height,
		baseY,
		top,
		max,
		years: years.map((row, index) => {
			const center = left + slot * index + slot / 2;
			return {
				year: row.year,
				labelX: center,
				target: bar(row.target, center - barWidth - 1),
				actual: bar(row.actual, center + 1)
			};
		}),
		baseline: line(options.baseline),
		endTarget: line(options.endTarget)
	};
}

/** Staff-typed text in the reader's language: the English version when there is one, else the Serbian in their script. */
export function localized(i18n: Pick<I18n, 'locale' | 'text'>, serbian: string, english?: string | null): string {
	return i18n.locale === 'en' && english ? english : i18n.text(serbian);
}

/** Fields of a revision whose before/after are shown; others (ids, long HTML, budget rows) only say they changed. */
const SHOWN_VALUE_FIELDS = new Set([
	'title',
	'titleEn',
	'name',
	'nameEn',
	'weight',
	'responsible',
	'coImplementers',
	'startYear',
	'startQuarter',
	'endYear',
	'endQuarter',
	'status',
	'progress',
	'unit',
	'unitEn',
	'baselineValue',
	'baselineYear',
	'endTarget',
	'dataSource',
	'firstYear',
	'lastYear',
	'decisionNumber',
	'decisionDate',
	'deleted'
]);

/** A revision's value as text, or null when only the fact of the change is shown. */
export function revisionValue(field: string, value: unknown): string | null {
	if (!SHOWN_VALUE_FIELDS.has(field) && !field.startsWith('target ') && !field.startsWith('spent ')) return null;
	if (value === null || value === undefined || value === '') return '—';
	if (Array.isArray(value)) return value.join(', ') || '—';
	return String(value);
}

/** The field part of a revision entry: "target 2026" becomes { field: 'target', year: 2026 } ("spent 2026" alike). */
export function revisionField(field: string): { field: string; year: number | null } {
	const match = /^(target|spent) (\d{4})$/.exec(field);
	return match ? { field: match[1], year: Number(match[2]) } : { field, year: null };
}

export const BUDGET_SOURCE_LIST = ['municipal', 'ministry', 'donor', 'other'] as const;
export const PLAN_STATUS_LIST = ['draft', 'consultation', 'adopted', 'archived'] as const;
/** What a computed indicator can count, in the order the form offers them (schema's COMPUTED_MEASURES). */
export const COMPUTED_MEASURE_LIST = ['event_participants', 'events_held', 'volunteers'] as const;

/** The message naming what a computed indicator counts (a measure of the schema's COMPUTED_MEASURES). */
export const COMPUTED_MEASURE_NAME = {
	event_participants: 'plan.computed.event_participants',
	events_held: 'plan.computed.events_held',
	volunteers: 'plan.computed.volunteers'
} as const;

/** Whether a stored `computed_from` is a built-in event count (browser-safe twin of schema.ts's isBuiltInMeasure). */
export function isBuiltInCount(value: string | null | undefined): value is keyof typeof COMPUTED_MEASURE_NAME {
	return (COMPUTED_MEASURE_LIST as readonly (string | null | undefined)[]).includes(value);
}

/** The message naming what a built-in computed indicator counts. */
export function computedMeasureName(measure: keyof typeof COMPUTED_MEASURE_NAME): string {
	return COMPUTED_MEASURE_NAME[measure];
}

/** The form's choice for each way of getting actual values ('' is typed by staff). */
export const ACTUAL_VALUE_CHOICES = [
	{ value: '', label: 'plan.computed.typed' },
	{ value: 'event_participants', label: 'plan.computed.option.event_participants' },
	{ value: 'events_held', label: 'plan.computed.option.events_held' },
	{ value: 'volunteers', label: 'plan.computed.option.volunteers' }
] as const;
