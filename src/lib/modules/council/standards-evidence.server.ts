// Evidence of youth participation for the work-standards self-assessment (manifest `standardsEvidence`):
// sessions of the council, parliament and working groups held in the period.
import { and, eq, gte, inArray, lt } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import type { StandardsEvidence, StatisticsQuery } from '../../server/manifest.ts';
import { instantToBelgrade } from '../../i18n/office-time.ts';
import { councilBodies, councilSessions } from './schema.ts';

/** Sessions held (or with approved minutes) in the period. */
export async function councilStandardsEvidence(db: Database, query: StatisticsQuery): Promise<StandardsEvidence[]> {
	const rows = await db
		.select({
			id: councilSessions.id,
			number: councilSessions.number,
			startsAt: councilSessions.startsAt,
			name: councilBodies.name,
			nameEn: councilBodies.nameEn
		})
		.from(councilSessions)
		.innerJoin(councilBodies, eq(councilBodies.id, councilSessions.bodyId))
		.where(
			and(
				eq(councilSessions.officeId, query.officeId),
				inArray(councilSessions.status, ['held', 'minutes_approved']),
				gte(councilSessions.startsAt, query.from),
				lt(councilSessions.startsAt, query.to)
			)
		);
	return rows.map((row) => ({
		key: `council.session:${row.id}`,
		area: 'participation' as const,
		kindKey: 'council.evidence.session',
		title: `${row.name} (${row.number})`,
		titleEn: row.nameEn ? `${row.nameEn} (${row.number})` : '',
		path: `/admin/council/sessions/${row.id}`,
		date: instantToBelgrade(row.startsAt).date
	}));
}
