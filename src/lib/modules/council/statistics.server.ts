// Council sessions and decisions in a period, for the office's statistics (manifest `statistics`).
import { and, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import type { StatisticsBlock, StatisticsQuery } from '../../server/manifest.ts';
import { councilDecisions, councilSessions } from './schema.ts';

/** Sessions held, decisions adopted and decisions carried out in the period. */
export async function councilStatistics(db: Database, query: StatisticsQuery): Promise<StatisticsBlock[]> {
	const { officeId, from, to, fromDay, toDay } = query;
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
					lt(councilSessions.startsAt, to)
				)
			),
		db
			.select({ n: sql<number>`count(*)::int` })
			.from(councilDecisions)
			.where(
				and(
					eq(councilDecisions.officeId, officeId),
					gte(councilDecisions.adoptedOn, fromDay),
					lt(councilDecisions.adoptedOn, toDay)
				)
			),
		db
			.select({ n: sql<number>`count(*)::int` })
			.from(councilDecisions)
			.where(
				and(
					eq(councilDecisions.officeId, officeId),
					eq(councilDecisions.status, 'carried_out'),
					sql`${carriedOutAt} >= ${from} and ${carriedOutAt} < ${to}`
				)
			)
	]);
	return [
		{
			key: 'council',
			titleKey: 'council.statistics.title',
			order: 70,
			filtered: false,
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
