// Council sessions and decisions in a period, for the office's statistics (manifest `statistics`).
import { and, eq, gte, inArray, isNotNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import type { PlanAreaLinked, PlanAreaScope, StatisticsBlock, StatisticsQuery } from '../../server/manifest.ts';
import { councilDecisions, councilSessions } from './schema.ts';

/** Decisions that follow up one of the area's measures (or an activity under it) or one of its events. */
function inArea(scope: PlanAreaScope): SQL {
	const conditions = [
		scope.measureIds.length ? inArray(councilDecisions.measureId, scope.measureIds) : undefined,
		scope.eventIds.length ? inArray(councilDecisions.eventId, scope.eventIds) : undefined
	].filter((condition) => condition !== undefined);
	return conditions.length ? (or(...conditions) as SQL) : sql`false`;
}

/**
 * The initiatives that decisions on the area's measures or events follow up (manifest `planAreaLinks`), so that the
 * participation figures can narrow to the area too.
 */
export async function councilPlanAreaLinks(
	db: Database,
	officeId: string,
	scope: PlanAreaScope
): Promise<PlanAreaLinked> {
	const rows = await db
		.selectDistinct({ initiativeId: councilDecisions.initiativeId })
		.from(councilDecisions)
		.where(and(eq(councilDecisions.officeId, officeId), isNotNull(councilDecisions.initiativeId), inArea(scope)));
	return { 'participation.initiative': rows.flatMap((row) => (row.initiativeId ? [row.initiativeId] : [])) };
}

/**
 * Sessions held, decisions adopted and decisions carried out in the period; for an action-plan area, the decisions
 * following up its measures or events and the sessions that adopted any of them.
 */
export async function councilStatistics(db: Database, query: StatisticsQuery): Promise<StatisticsBlock[]> {
	const { officeId, from, to, fromDay, toDay } = query;
	const area = query.planArea ? inArea(query.planArea) : undefined;
	const sessionsOfArea = area
		? inArray(
				councilSessions.id,
				db
					.select({ id: sql<string>`${councilDecisions.sessionId}` })
					.from(councilDecisions)
					.where(and(eq(councilDecisions.officeId, officeId), isNotNull(councilDecisions.sessionId), area))
			)
		: undefined;
	const carriedOutAt = sql`coalesce(${councilDecisions.statusChangedAt}, ${councilDecisions.updatedAt})`;
	const [sessions, adopted, carriedOut] = await Promise.all([
		db
			.select({ n: sql<number>`count(*)::int` })
			.from(councilSessions)
			.where(
				and(
					eq(councilSessions.officeId, officeId),
					inArray(councilSessions.status, ['held', 'minutes_approved']),
					gte(councilSessions.startsAt, from),
					lt(councilSessions.startsAt, to),
					sessionsOfArea
				)
			),
		db
			.select({ n: sql<number>`count(*)::int` })
			.from(councilDecisions)
			.where(
				and(
					eq(councilDecisions.officeId, officeId),
					gte(councilDecisions.adoptedOn, fromDay),
					lt(councilDecisions.adoptedOn, toDay),
					area
				)
			),
		db
			.select({ n: sql<number>`count(*)::int` })
			.from(councilDecisions)
			.where(
				and(
					eq(councilDecisions.officeId, officeId),
					eq(councilDecisions.status, 'carried_out'),
					sql`${carriedOutAt} >= ${from} and ${carriedOutAt} < ${to}`,
					area
				)
			)
	]);
	return [
		{
			key: 'council',
			titleKey: 'council.statistics.title',
			order: 70,
			filtered: false,
			areaFiltered: true,
			figures: [
				{ key: `council.sessions`, labelKey: 'council.statistics.sessions', value: sessions[0]?.n ?? 0, people: false },
				{ key: `council.adopted`, labelKey: 'council.statistics.adopted', value: adopted[0]?.n ?? 0, people: false },
				{
					key: `council.carriedOut`,
					labelKey: 'council.statistics.carriedOut',
					value: carriedOut[0]?.n ?? 0,
					people: false
				}
			],
			tables: []
		}
	];
}
