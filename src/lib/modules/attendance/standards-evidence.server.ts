// Evidence of inclusive youth policy for the work-standards self-assessment (manifest
// `standardsEvidence`): events whose headcounts recorded young people from vulnerable groups. Only the
// event is named, never a number: the counts stay in the statistics, under the small-group rule.
import { and, eq, gte, lt } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import type { StandardsEvidence, StatisticsQuery } from '../../server/manifest.ts';
import { instantToBelgrade } from '../../i18n/office-time.ts';
import { events, eventSessions } from '../events/schema.ts';
import { sessionHeadcounts } from './schema.ts';

/** Events in the period with at least one vulnerable-group count above zero. */
export async function attendanceStandardsEvidence(db: Database, query: StatisticsQuery): Promise<StandardsEvidence[]> {
	const rows = await db
		.select({
			id: events.id,
			title: events.title,
			titleEn: events.titleEn,
			startsAt: eventSessions.startsAt,
			counts: sessionHeadcounts.counts
		})
		.from(sessionHeadcounts)
		.innerJoin(eventSessions, eq(eventSessions.id, sessionHeadcounts.sessionId))
		.innerJoin(events, eq(events.id, eventSessions.eventId))
		.where(
			and(
				eq(sessionHeadcounts.officeId, query.officeId),
				gte(eventSessions.startsAt, query.from),
				lt(eventSessions.startsAt, query.to)
			)
		);
	const seen = new Map<string, StandardsEvidence>();
	for (const row of rows) {
		if (seen.has(row.id) || !Object.values(row.counts.vulnerable ?? {}).some((count) => count > 0)) continue;
		seen.set(row.id, {
			key: `attendance.inclusiveEvent:${row.id}`,
			area: 'inclusion',
			kindKey: 'attendance.evidence.inclusiveEvent',
			title: row.title,
			titleEn: row.titleEn,
			path: `/admin/events/${row.id}/results`,
			date: instantToBelgrade(row.startsAt).date
		});
	}
	return [...seen.values()];
}
