// Evidence of youth participation for the work-standards self-assessment (manifest `standardsEvidence`):
// young people's initiatives the office answered in the period.
import { and, eq, gte, isNotNull, lt } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import type { StandardsEvidence, StatisticsQuery } from '../../server/manifest.ts';
import { instantToBelgrade } from '../../i18n/office-time.ts';
import { participationInitiatives } from './schema.ts';

/** Initiatives given an official answer in the period. */
export async function participationStandardsEvidence(
	db: Database,
	query: StatisticsQuery
): Promise<StandardsEvidence[]> {
	const rows = await db
		.select({
			id: participationInitiatives.id,
			title: participationInitiatives.title,
			answeredAt: participationInitiatives.answeredAt
		})
		.from(participationInitiatives)
		.where(
			and(
				eq(participationInitiatives.officeId, query.officeId),
				isNotNull(participationInitiatives.answeredAt),
				gte(participationInitiatives.answeredAt, query.from),
				lt(participationInitiatives.answeredAt, query.to)
			)
		);
	return rows.map((row) => ({
		key: `participation.initiative:${row.id}`,
		area: 'participation' as const,
		kindKey: 'participation.evidence.initiative',
		title: row.title,
		titleEn: '',
		path: `/admin/participation/initiatives/${row.id}`,
		date: row.answeredAt ? instantToBelgrade(row.answeredAt).date : null
	}));
}
