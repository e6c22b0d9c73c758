// Evidence of needs research for the work-standards self-assessment (manifest `standardsEvidence`):
// surveys young people answered in the period (the office researched needs; young people took part).
import { and, eq, gte, lt, max } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import type { StandardsEvidence, StatisticsQuery } from '../../server/manifest.ts';
import { instantToBelgrade } from '../../i18n/office-time.ts';
import { surveyResponses, surveys } from './schema.ts';

/** Surveys with a completed response in the period, for management and for participation. */
export async function surveyStandardsEvidence(db: Database, query: StatisticsQuery): Promise<StandardsEvidence[]> {
	const rows = await db
		.select({
			id: surveys.id,
			title: surveys.title,
			titleEn: surveys.titleEn,
			lastAnswer: max(surveyResponses.submittedAt)
		})
		.from(surveyResponses)
		.innerJoin(surveys, eq(surveys.id, surveyResponses.surveyId))
		.where(
			and(
				eq(surveys.officeId, query.officeId),
				eq(surveyResponses.isComplete, true),
				gte(surveyResponses.submittedAt, query.from),
				lt(surveyResponses.submittedAt, query.to)
			)
		)
		.groupBy(surveys.id, surveys.title, surveys.titleEn);
	return (['management', 'participation'] as const).flatMap((area) =>
		rows.map((row) => ({
			key: `surveys.survey:${row.id}`,
			area,
			kindKey: 'surveys.evidence.survey',
			title: row.title,
			titleEn: row.titleEn,
			path: `/admin/surveys/${row.id}/results`,
			date: row.lastAnswer ? instantToBelgrade(new Date(row.lastAnswer)).date : null
		}))
	);
}
