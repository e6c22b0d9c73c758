import { and, asc, desc, eq, inArray, or, sql } from 'drizzle-orm';
import { orderOf, stateOrder } from '../../server/list-sort.ts';
import type { SortState } from '../../ui/data-table.ts';
import type { Database } from '../../server/db/client.ts';
import {
	actionPlans,
	planActivities,
	planActivityBudgets,
	planAreas,
	planEventLinks,
	planGoals,
	planIndicators,
	planIndicatorValues,
	planMeasures,
	planMonitoringReports,
	planRevisions,
	isBuiltInMeasure,
	PLAN_STATUSES
} from './schema.ts';
import { activityProgress, weightedProgress } from './progress.ts';
import { getEventById, listSessionsForCounting } from '../events/queries.server.ts';
import {
	attendanceGroups,
	computeActuals,
	indexCountingFacts,
	withComputedActuals,
	type CountedEvent
} from './computed.ts';
import { searchKey } from '../../i18n/script.ts';
import { isUuid } from '../../server/ids.ts';
import type {
	AnnualPlanGoal,
	AnnualPlanIndicator,
	IndicatorSource,
	PlanAreaChoice,
	PlanAreaScope,
	SearchHit,
	TopicArea
} from '../../server/manifest.ts';
import { loadEventAttendance, loadIndicatorSources } from './indicator-sources.server.ts';
import { grantTotals, loadPlanGrants } from './plan-grants.server.ts';
import { computedMeasureName } from './view.ts';
import { wallClock } from '../../i18n/office-time.ts';

export type PlanRow = typeof actionPlans.$inferSelect;
export type AreaRow = typeof planAreas.$inferSelect;
export type GoalRow = typeof planGoals.$inferSelect;
export type MeasureRow = typeof planMeasures.$inferSelect;
export type ActivityRow = typeof planActivities.$inferSelect;
export type BudgetRow = typeof planActivityBudgets.$inferSelect;
export type IndicatorRow = typeof planIndicators.$inferSelect;
export type IndicatorValueRow = typeof planIndicatorValues.$inferSelect;

export interface IndicatorNode extends IndicatorRow {
	/** Target and actual per year, by year. */
	values: IndicatorValueRow[];
	/** Message key naming what the platform counts for this indicator; null when staff type the values. */
	computedLabelKey: string | null;
}
export interface ActivityNode extends ActivityRow {
	budgets: BudgetRow[];
	/** Progress counted in the roll-up: null for dropped activities. */
	effectiveProgress: number | null;
	eventIds: string[];
}
export interface MeasureNode extends MeasureRow {
	activities: ActivityNode[];
	indicators: IndicatorNode[];
	progress: number | null;
	eventIds: string[];
}
export interface GoalNode extends GoalRow {
	measures: MeasureNode[];
	indicators: IndicatorNode[];
	progress: number | null;
}
export interface AreaNode extends AreaRow {
	goals: GoalNode[];
	progress: number | null;
}
/** A whole plan with progress rolled up from activities to the plan. */
export interface PlanTree {
	plan: PlanRow;
	areas: AreaNode[];
	progress: number | null;
	/**
	 * Dinars planned and spent: spent is what activities' budget rows say plus what projects funded through calls
	 * under the plan's measures spent (`throughCalls`, manifest `planGrants`), so no figure is counted twice.
	 */
	budget: { planned: number; spent: number; throughCalls: number };
}

function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
	const grouped = new Map<K, T[]>();
	for (const row of rows) grouped.set(key(row), [...(grouped.get(key(row)) ?? []), row]);
	return grouped;
}

/** How getPlanTree reads a plan. */
export interface PlanTreeOptions {
	/**
	 * Count computed indicators' actuals from the linked events (default). Off where only the
	 * structure is needed (the event form's choices).
	 */
	computeActuals?: boolean;
	/** The moment counts are made at (tests); now by default. */
	now?: Date;
	/** The manifests' indicator sources (tests); every manifest's by default, loaded lazily. */
	indicatorSources?: readonly IndicatorSource[];
}

/**
 * The plan with its whole structure, indicators, budgets, linked events and rolled-up progress.
 * Computed indicators get their actuals counted now, for all of them at once (a fixed number of
 * queries whatever the number of indicators).
 */
export async function getPlanTree(
	db: Database,
	officeId: string,
	planId: string,
	options: PlanTreeOptions = {}
): Promise<PlanTree | null> {
	const [plan] = await db
		.select()
		.from(actionPlans)
		.where(and(eq(actionPlans.officeId, officeId), eq(actionPlans.id, planId)));
	if (!plan) return null;
	const byPlan = <T extends { planId: unknown }>(table: T) => eq(table.planId as never, planId);
	const [areas, goals, measures, activities, indicators] = await Promise.all([
		db.select().from(planAreas).where(byPlan(planAreas)).orderBy(asc(planAreas.sortOrder)),
		db.select().from(planGoals).where(byPlan(planGoals)).orderBy(asc(planGoals.sortOrder)),
		db.select().from(planMeasures).where(byPlan(planMeasures)).orderBy(asc(planMeasures.sortOrder)),
		db.select().from(planActivities).where(byPlan(planActivities)).orderBy(asc(planActivities.sortOrder)),
		db.select().from(planIndicators).where(byPlan(planIndicators)).orderBy(asc(planIndicators.sortOrder))
	]);
	const activityIds = activities.map((activity) => activity.id);
	const measureIds = measures.map((measure) => measure.id);
	const indicatorIds = indicators.map((indicator) => indicator.id);
	const [budgets, values, links] = await Promise.all([
		activityIds.length
			? db
					.select()
					.from(planActivityBudgets)
					.where(inArray(planActivityBudgets.activityId, activityIds))
					.orderBy(asc(planActivityBudgets.year))
			: [],
		indicatorIds.length
			? db
					.select()
					.from(planIndicatorValues)
					.where(inArray(planIndicatorValues.indicatorId, indicatorIds))
					.orderBy(asc(planIndicatorValues.year))
			: [],
		measureIds.length ? db.select().from(planEventLinks).where(inArray(planEventLinks.measureId, measureIds)) : []
	]);
	const budgetsOf = groupBy(budgets, (row) => row.activityId);
	const valuesOf = groupBy(values, (row) => row.indicatorId);
	const linksOfMeasure = groupBy(links, (row) => row.measureId);
	const needsSources = indicators.some((row) => row.computedFrom !== null && !isBuiltInMeasure(row.computedFrom));
	const sources = needsSources ? (options.indicatorSources ?? (await loadIndicatorSources())) : [];
	const sourceByKey = new Map(sources.map((source) => [source.key, source]));
	const measuresOfGoal = groupBy(measures, (row) => row.goalId);
	const now = options.now ?? new Date();
	const [computedValues, sourceValues] =
		options.computeActuals === false
			? [new Map<string, IndicatorValueRow[]>(), new Map<string, IndicatorValueRow[]>()]
			: await Promise.all([
					countComputedIndicators(db, { plan, indicators, valuesOf, measuresOfGoal, linksOfMeasure, now }),
					countSourceIndicators(db, { plan, indicators, valuesOf, measuresOfGoal, sourceByKey, now })
				]);
	const indicatorNodes = indicators.map((indicator): IndicatorNode => ({
		...indicator,
		values: computedValues.get(indicator.id) ?? sourceValues.get(indicator.id) ?? valuesOf.get(indicator.id) ?? [],
		computedLabelKey: isBuiltInMeasure(indicator.computedFrom)
			? computedMeasureName(indicator.computedFrom)
			: indicator.computedFrom
				? (sourceByKey.get(indicator.computedFrom)?.labelKey ?? null)
				: null
	}));
	const indicatorsOfGoal = groupBy(
		indicatorNodes.filter((indicator) => indicator.goalId),
		(row) => row.goalId
	);
	const indicatorsOfMeasure = groupBy(
		indicatorNodes.filter((indicator) => indicator.measureId),
		(row) => row.measureId
	);
	const linksOfActivity = groupBy(
		links.filter((link) => link.activityId),
		(row) => row.activityId
	);

	const activitiesOf = groupBy(
		activities.map((activity): ActivityNode => ({
			...activity,
			budgets: budgetsOf.get(activity.id) ?? [],
			effectiveProgress: activityProgress(activity.status, activity.progress),
			eventIds: (linksOfActivity.get(activity.id) ?? []).map((link) => link.eventId)
		})),
		(row) => row.measureId
	);
	const measuresOf = groupBy(
		measures.map((measure): MeasureNode => {
			const own = activitiesOf.get(measure.id) ?? [];
			return {
				...measure,
				activities: own,
				indicators: indicatorsOfMeasure.get(measure.id) ?? [],
				progress: weightedProgress(own.map((a) => ({ weight: a.weight, progress: a.effectiveProgress }))),
				eventIds: (linksOfMeasure.get(measure.id) ?? []).map((link) => link.eventId)
			};
		}),
		(row) => row.goalId
	);
	const goalsOf = groupBy(
		goals.map((goal): GoalNode => {
			const own = measuresOf.get(goal.id) ?? [];
			return {
				...goal,
				measures: own,
				indicators: indicatorsOfGoal.get(goal.id) ?? [],
				progress: weightedProgress(own)
			};
		}),
		(row) => row.areaId
	);
	const areaNodes = areas.map((area): AreaNode => {
		const own = goalsOf.get(area.id) ?? [];
		return { ...area, goals: own, progress: weightedProgress(own) };
	});
	const typed = budgets.reduce(
		(sum, row) => ({ planned: sum.planned + row.planned, spent: sum.spent + (row.spent ?? 0) }),
		{ planned: 0, spent: 0 }
	);
	const throughCalls =
		options.computeActuals === false ? 0 : grantTotals(await loadPlanGrants(db, officeId, measureIds)).spent;
	const budget = { planned: typed.planned, spent: typed.spent + throughCalls, throughCalls };
	return { plan, areas: areaNodes, progress: weightedProgress(areaNodes), budget };
}

/**
 * The yearly values of the plan's computed indicators with their actuals counted from the events
 * linked to the indicator's measure, or to any measure of the indicator's goal. Loads the events'
 * sessions once for the whole plan, and who came to them in each year through the attendance module's
 * manifest hook (`eventAttendance`, its one definition of an event's figures) in one call.
 */
async function countComputedIndicators(
	db: Database,
	options: {
		plan: PlanRow;
		indicators: IndicatorRow[];
		valuesOf: Map<string, IndicatorValueRow[]>;
		measuresOfGoal: Map<string, MeasureRow[]>;
		linksOfMeasure: Map<string, (typeof planEventLinks.$inferSelect)[]>;
		now: Date;
	}
): Promise<Map<string, IndicatorValueRow[]>> {
	const { plan, valuesOf, measuresOfGoal, linksOfMeasure, now } = options;
	const computed = options.indicators.filter((indicator) => isBuiltInMeasure(indicator.computedFrom));
	const result = new Map<string, IndicatorValueRow[]>();
	if (computed.length === 0) return result;
	const eventsOf = (indicator: IndicatorRow): string[] => {
		const measureIds = indicator.measureId
			? [indicator.measureId]
			: (measuresOfGoal.get(indicator.goalId!) ?? []).map((measure) => measure.id);
		return measureIds.flatMap((id) => (linksOfMeasure.get(id) ?? []).map((link) => link.eventId));
	};
	const eventIds = [...new Set(computed.flatMap(eventsOf))];
	const [sessions, eventAttendance] = await Promise.all([
		listSessionsForCounting(db, plan.officeId, eventIds),
		loadEventAttendance()
	]);
	const events = new Map<string, CountedEvent>();
	for (const session of sessions) {
		const event = events.get(session.eventId) ?? {
			id: session.eventId,
			status: session.status,
			type: session.type,
			sessions: []
		};
		event.sessions.push({ id: session.sessionId, startsAt: session.startsAt });
		events.set(event.id, event);
	}
	const groups = attendanceGroups([...events.values()], plan, now);
	const attendance =
		eventAttendance && groups.length > 0 ? await eventAttendance(db, plan.officeId, groups) : new Map();
	const index = indexCountingFacts({ events: [...events.values()], attendance });
	for (const indicator of computed) {
		if (!isBuiltInMeasure(indicator.computedFrom)) continue;
		const actuals = computeActuals(indicator.computedFrom, eventsOf(indicator), index, plan, now);
		result.set(indicator.id, withComputedActuals(indicator, valuesOf.get(indicator.id) ?? [], actuals, now));
	}
	return result;
}

/**
 * The yearly values of the indicators counted by other modules' sources (manifest `indicatorSources`).
 * Indicators asking the same source about the same measures share one call, so a plan costs one call
 * per source and set of measures (one per source for office-wide sources), never one per indicator;
 * the calls run together. A source no longer offered (its module removed) leaves the typed values.
 */
async function countSourceIndicators(
	db: Database,
	options: {
		plan: PlanRow;
		indicators: IndicatorRow[];
		valuesOf: Map<string, IndicatorValueRow[]>;
		measuresOfGoal: Map<string, MeasureRow[]>;
		sourceByKey: Map<string, IndicatorSource>;
		now: Date;
	}
): Promise<Map<string, IndicatorValueRow[]>> {
	const { plan, valuesOf, measuresOfGoal, sourceByKey, now } = options;
	const result = new Map<string, IndicatorValueRow[]>();
	const currentYear = wallClock(now).year;
	const years: number[] = [];
	for (let year = plan.firstYear; year <= Math.min(plan.lastYear, currentYear); year++) years.push(year);
	const calls = new Map<string, { source: IndicatorSource; measureIds: string[]; indicators: IndicatorRow[] }>();
	for (const indicator of options.indicators) {
		const source = indicator.computedFrom ? sourceByKey.get(indicator.computedFrom) : undefined;
		if (!source) continue;
		const measureIds = indicator.measureId
			? [indicator.measureId]
			: (measuresOfGoal.get(indicator.goalId!) ?? []).map((measure) => measure.id).sort();
		const callKey = `${source.key} ${measureIds.join(',')}`;
		const call = calls.get(callKey) ?? { source, measureIds, indicators: [] };
		call.indicators.push(indicator);
		calls.set(callKey, call);
	}
	await Promise.all(
		[...calls.values()].map(async (call) => {
			const counted =
				years.length === 0
					? new Map<number, number>()
					: await call.source.countByYear(db, { officeId: plan.officeId, measureIds: call.measureIds, years, now });
			const actuals = new Map<number, number | null>();
			for (let year = plan.firstYear; year <= plan.lastYear; year++)
				actuals.set(year, year > currentYear ? null : (counted.get(year) ?? 0));
			for (const indicator of call.indicators)
				result.set(indicator.id, withComputedActuals(indicator, valuesOf.get(indicator.id) ?? [], actuals, now));
		})
	);
	return result;
}

/** The plan list's sortable columns (?sort=): the whitelist the address is read against. */
export const ADMIN_PLAN_SORT_COLUMNS = {
	title: sql`kzm_sort_key(${actionPlans.title}) COLLATE "C"`,
	period: actionPlans.firstYear,
	status: stateOrder(actionPlans.status, PLAN_STATUSES)
} as const;

/** Every plan of the office, the current one then newest period first unless a column was chosen (back-office). */
export async function listPlansForAdmin(
	db: Database,
	officeId: string,
	sort: SortState | null = null
): Promise<PlanRow[]> {
	return db
		.select()
		.from(actionPlans)
		.where(eq(actionPlans.officeId, officeId))
		.orderBy(
			...orderOf(
				sort,
				ADMIN_PLAN_SORT_COLUMNS,
				[desc(actionPlans.isCurrent), desc(actionPlans.firstYear)],
				[asc(actionPlans.id)]
			)
		);
}

/** Plans the public may read: adopted ones and those archived after adoption. */
export async function listPublicPlans(db: Database, officeId: string): Promise<PlanRow[]> {
	return db
		.select()
		.from(actionPlans)
		.where(
			and(
				eq(actionPlans.officeId, officeId),
				or(eq(actionPlans.status, 'adopted'), and(eq(actionPlans.status, 'archived')))
			)
		)
		.orderBy(desc(actionPlans.isCurrent), desc(actionPlans.firstYear));
}

/** A public plan by its address, or null when it does not exist or is not public. */
export async function getPublicPlanBySlug(db: Database, officeId: string, slug: string): Promise<PlanTree | null> {
	const [plan] = await db
		.select({ id: actionPlans.id, status: actionPlans.status, adoptedAt: actionPlans.adoptedAt })
		.from(actionPlans)
		.where(and(eq(actionPlans.officeId, officeId), eq(actionPlans.slug, slug)));
	if (!plan || !isPublicPlan(plan)) return null;
	return getPlanTree(db, officeId, plan.id);
}

/** Adopted plans are public, and archived ones that had been adopted. */
export function isPublicPlan(plan: { status: PlanRow['status']; adoptedAt: Date | null }): boolean {
	return plan.status === 'adopted' || (plan.status === 'archived' && plan.adoptedAt !== null);
}

/** The changes made to a plan after its adoption, newest first. */
export async function listPlanRevisions(db: Database, officeId: string, planId: string) {
	return db
		.select()
		.from(planRevisions)
		.where(and(eq(planRevisions.officeId, officeId), eq(planRevisions.planId, planId)))
		.orderBy(desc(planRevisions.at));
}

/** A plan's monitoring reports by year (newest first); `onlySubmitted` for the public. */
export async function listMonitoringReports(
	db: Database,
	officeId: string,
	planId: string,
	options: { onlySubmitted?: boolean } = {}
) {
	return db
		.select({
			id: planMonitoringReports.id,
			year: planMonitoringReports.year,
			status: planMonitoringReports.status,
			submittedAt: planMonitoringReports.submittedAt
		})
		.from(planMonitoringReports)
		.where(
			and(
				eq(planMonitoringReports.officeId, officeId),
				eq(planMonitoringReports.planId, planId),
				options.onlySubmitted ? eq(planMonitoringReports.status, 'submitted') : undefined
			)
		)
		.orderBy(desc(planMonitoringReports.year));
}

/** One monitoring report. */
export async function getMonitoringReport(db: Database, officeId: string, reportId: string) {
	const [row] = await db
		.select()
		.from(planMonitoringReports)
		.where(and(eq(planMonitoringReports.officeId, officeId), eq(planMonitoringReports.id, reportId)));
	return row ?? null;
}

/** The office's current plan when the public may read it, else null. */
export async function getCurrentPublicPlan(db: Database, officeId: string): Promise<PlanTree | null> {
	const [plan] = await db
		.select({ id: actionPlans.id, status: actionPlans.status, adoptedAt: actionPlans.adoptedAt })
		.from(actionPlans)
		.where(and(eq(actionPlans.officeId, officeId), eq(actionPlans.isCurrent, true)));
	if (!plan || !isPublicPlan(plan)) return null;
	return getPlanTree(db, officeId, plan.id);
}

/** A submitted monitoring report of a plan for a year; drafts are never public. */
export async function getSubmittedMonitoringReport(db: Database, officeId: string, planId: string, year: number) {
	const [row] = await db
		.select()
		.from(planMonitoringReports)
		.where(
			and(
				eq(planMonitoringReports.officeId, officeId),
				eq(planMonitoringReports.planId, planId),
				eq(planMonitoringReports.year, year),
				eq(planMonitoringReports.status, 'submitted')
			)
		);
	return row ?? null;
}

/** A linked event as the plan shows it: what was done, when, and where to read about it. */
export interface EvidenceEvent {
	id: string;
	title: string;
	titleEn: string;
	slug: string;
	startsAt: string;
}

/** The public (not draft) events among the given ones, oldest first: a measure's evidence. */
export async function listPublicEvidence(
	db: Database,
	officeId: string,
	eventIds: readonly string[]
): Promise<EvidenceEvent[]> {
	const found = await Promise.all([...new Set(eventIds)].map((id) => getEventById(db, officeId, id)));
	return found
		.filter((event) => event !== null && event.status !== 'draft')
		.map((event) => ({
			id: event!.id,
			title: event!.title,
			titleEn: event!.titleEn,
			slug: event!.slug,
			startsAt: event!.startsAt.toISOString()
		}))
		.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

/** Public addresses of the plans, their measures and submitted reports, for sitemap.xml. */
export async function listPlanSitemap(
	db: Database,
	officeId: string
): Promise<{ path: string; updatedAt: Date | null }[]> {
	const plans = (await listPublicPlans(db, officeId)).filter(isPublicPlan);
	const entries: { path: string; updatedAt: Date | null }[] = [];
	if (plans.length > 0) entries.push({ path: '/action-plan', updatedAt: plans[0].updatedAt });
	for (const plan of plans) {
		entries.push({ path: `/action-plan/${plan.slug}`, updatedAt: plan.updatedAt });
		entries.push({ path: `/action-plan/${plan.slug}/changes`, updatedAt: plan.updatedAt });
		const measures = await db
			.select({ id: planMeasures.id })
			.from(planMeasures)
			.where(eq(planMeasures.planId, plan.id));
		for (const measure of measures)
			entries.push({ path: `/action-plan/${plan.slug}/measures/${measure.id}`, updatedAt: plan.updatedAt });
		for (const report of await listMonitoringReports(db, officeId, plan.id, { onlySubmitted: true }))
			entries.push({ path: `/action-plan/${plan.slug}/reports/${report.year}`, updatedAt: report.submittedAt });
	}
	return entries;
}

/**
 * Public plans and their measures whose words contain every word of the (already folded) query.
 * A plan has a few dozen measures, so they are matched in memory rather than through an index.
 */
export async function searchPlans(db: Database, officeId: string, query: string, limit: number): Promise<SearchHit[]> {
	const words = query.split(' ').filter(Boolean);
	if (words.length === 0) return [];
	const matches = (...texts: string[]) => {
		const haystack = searchKey(texts.join(' '));
		return words.every((word) => haystack.includes(word));
	};
	const hits: SearchHit[] = [];
	for (const plan of (await listPublicPlans(db, officeId)).filter(isPublicPlan)) {
		if (matches(plan.title, plan.titleEn))
			hits.push({
				kindKey: 'plan.kind',
				title: plan.title,
				titleEn: plan.titleEn,
				summary: `${plan.firstYear}–${plan.lastYear}`,
				summaryEn: `${plan.firstYear}–${plan.lastYear}`,
				path: `/action-plan/${plan.slug}`,
				rank: plan.isCurrent ? 0.3 : 0.2,
				date: plan.adoptedAt
			});
		const measures = await db
			.select()
			.from(planMeasures)
			.where(and(eq(planMeasures.officeId, officeId), eq(planMeasures.planId, plan.id)));
		for (const measure of measures)
			if (matches(measure.title, measure.titleEn, measure.description, measure.descriptionEn))
				hits.push({
					kindKey: 'plan.kind',
					title: measure.title,
					titleEn: measure.titleEn,
					summary: measure.description || plan.title,
					summaryEn: measure.descriptionEn || plan.titleEn,
					path: `/action-plan/${plan.slug}/measures/${measure.id}`,
					rank: plan.isCurrent ? 0.15 : 0.05,
					date: plan.adoptedAt
				});
	}
	return hits.sort((a, b) => b.rank - a.rank).slice(0, limit);
}

/** A measure, or one of its activities, an event can be linked to (from the event form). */
export interface PlanLinkChoice {
	/** `measureId:` or `measureId:activityId`, the value the form sends. */
	value: string;
	planTitle: string;
	measureTitle: string;
	activityTitle: string | null;
}

/**
 * The measures and activities of the office's plans that are being carried out (not drafts or
 * archived ones), current plan first, in the plan's order.
 */
export async function listPlanLinkChoices(db: Database, officeId: string): Promise<PlanLinkChoice[]> {
	const plans = (await listPlansForAdmin(db, officeId)).filter(
		(plan) => plan.status === 'adopted' || plan.status === 'consultation'
	);
	const choices: PlanLinkChoice[] = [];
	for (const plan of plans) {
		const tree = await getPlanTree(db, officeId, plan.id, { computeActuals: false });
		for (const measure of tree?.areas.flatMap((area) => area.goals.flatMap((goal) => goal.measures)) ?? []) {
			const base = { planTitle: plan.title, measureTitle: measure.title };
			choices.push({ ...base, value: `${measure.id}:`, activityTitle: null });
			for (const activity of measure.activities)
				choices.push({ ...base, value: `${measure.id}:${activity.id}`, activityTitle: activity.title });
		}
	}
	return choices;
}

/** The plan links of an event, as the values the event form's choices use. */
export async function listEventPlanLinkValues(db: Database, officeId: string, eventId: string): Promise<string[]> {
	const rows = await db
		.select({ measureId: planEventLinks.measureId, activityId: planEventLinks.activityId })
		.from(planEventLinks)
		.where(and(eq(planEventLinks.officeId, officeId), eq(planEventLinks.eventId, eventId)));
	return rows.map((row) => `${row.measureId}:${row.activityId ?? ''}`);
}

/** An action-plan activity as other modules offer it (partners' joint activities): where it sits and when. */
export interface ActivityChoice {
	id: string;
	title: string;
	titleEn: string;
	planId: string;
	planTitle: string;
	measureTitle: string;
	startYear: number | null;
	endYear: number | null;
}

/**
 * Activities of the office's plans for a choice (plans being carried out or consulted on, in plan
 * order), or exactly the activities with the given ids, whatever their plan's state.
 */
export async function listActivityChoices(
	db: Database,
	officeId: string,
	options: { ids?: readonly string[] } = {}
): Promise<ActivityChoice[]> {
	const ids = options.ids?.filter(isUuid);
	if (ids && ids.length === 0) return [];
	return db
		.select({
			id: planActivities.id,
			title: planActivities.title,
			titleEn: planActivities.titleEn,
			planId: actionPlans.id,
			planTitle: actionPlans.title,
			measureTitle: planMeasures.title,
			startYear: planActivities.startYear,
			endYear: planActivities.endYear
		})
		.from(planActivities)
		.innerJoin(planMeasures, eq(planMeasures.id, planActivities.measureId))
		.innerJoin(actionPlans, eq(actionPlans.id, planActivities.planId))
		.where(
			and(
				eq(planActivities.officeId, officeId),
				ids ? inArray(planActivities.id, ids) : inArray(actionPlans.status, ['adopted', 'consultation'])
			)
		)
		.orderBy(
			desc(actionPlans.isCurrent),
			desc(actionPlans.firstYear),
			asc(planMeasures.sortOrder),
			asc(planActivities.sortOrder)
		);
}

/** The areas of the office's current plan (drafts too: staff take them as categories), in order; [] without a plan. */
export async function listCurrentPlanAreas(db: Database, officeId: string): Promise<TopicArea[]> {
	return db
		.select({ name: planAreas.name, nameEn: planAreas.nameEn })
		.from(planAreas)
		.innerJoin(actionPlans, eq(actionPlans.id, planAreas.planId))
		.where(and(eq(actionPlans.officeId, officeId), eq(actionPlans.isCurrent, true)))
		.orderBy(asc(planAreas.sortOrder), asc(planAreas.name));
}

/** The areas of the office's current plan, with their ids, for the statistics' area filter. */
export async function listStatisticsPlanAreas(db: Database, officeId: string): Promise<PlanAreaChoice[]> {
	return db
		.select({ id: planAreas.id, name: planAreas.name, nameEn: planAreas.nameEn })
		.from(planAreas)
		.innerJoin(actionPlans, eq(actionPlans.id, planAreas.planId))
		.where(and(eq(actionPlans.officeId, officeId), eq(actionPlans.isCurrent, true)))
		.orderBy(asc(planAreas.sortOrder), asc(planAreas.name));
}

/** What an area of the office's plans covers: its measures and the events linked to them; null for an unknown area. */
export async function getPlanAreaScope(db: Database, officeId: string, areaId: string): Promise<PlanAreaScope | null> {
	if (!isUuid(areaId)) return null;
	const [area] = await db
		.select({ id: planAreas.id })
		.from(planAreas)
		.innerJoin(actionPlans, eq(actionPlans.id, planAreas.planId))
		.where(and(eq(planAreas.id, areaId), eq(actionPlans.officeId, officeId)));
	if (!area) return null;
	const measures = await db
		.select({ id: planMeasures.id })
		.from(planMeasures)
		.innerJoin(planGoals, eq(planGoals.id, planMeasures.goalId))
		.where(eq(planGoals.areaId, areaId));
	const measureIds = measures.map((measure) => measure.id);
	const links = measureIds.length
		? await db
				.selectDistinct({ eventId: planEventLinks.eventId })
				.from(planEventLinks)
				.where(and(eq(planEventLinks.officeId, officeId), inArray(planEventLinks.measureId, measureIds)))
		: [];
	return { areaId, measureIds, eventIds: links.map((link) => link.eventId) };
}

/**
 * The goals of the plan covering a year (the current plan first, else the latest adopted one covering it), with
 * their measures and indicators and each indicator's target and actual of that year, for the annual report.
 */
export async function getAnnualPlanGoals(
	db: Database,
	officeId: string,
	year: number
): Promise<AnnualPlanGoal[] | null> {
	const plans = await db
		.select({
			id: actionPlans.id,
			isCurrent: actionPlans.isCurrent,
			status: actionPlans.status,
			firstYear: actionPlans.firstYear,
			lastYear: actionPlans.lastYear
		})
		.from(actionPlans)
		.where(eq(actionPlans.officeId, officeId))
		.orderBy(desc(actionPlans.isCurrent), desc(actionPlans.firstYear));
	const chosen = plans.find(
		(plan) => plan.firstYear <= year && year <= plan.lastYear && (plan.isCurrent || plan.status !== 'draft')
	);
	if (!chosen) return null;
	const tree = await getPlanTree(db, officeId, chosen.id);
	if (!tree) return null;
	const ofYear = (indicator: IndicatorNode): AnnualPlanIndicator => {
		const value = indicator.values.find((item) => item.year === year);
		return {
			name: indicator.name,
			nameEn: indicator.nameEn,
			unit: indicator.unit,
			unitEn: indicator.unitEn,
			target: value?.target ?? null,
			actual: value?.actual ?? null
		};
	};
	return tree.areas.flatMap((area) =>
		area.goals.map((goal) => ({
			title: goal.title,
			titleEn: goal.titleEn,
			indicators: goal.indicators.map(ofYear),
			measures: goal.measures.map((measure) => ({
				title: measure.title,
				titleEn: measure.titleEn,
				indicators: measure.indicators.map(ofYear)
			}))
		}))
	);
}
