// Surveys and responses in a period, for the office's statistics (manifest `statistics`).
import { and, eq, gte, isNotNull, lt, sql } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import type { StatisticsBlock, StatisticsQuery } from '../../server/manifest.ts';
import { focusGroups, surveyResponses, surveys } from './schema.ts';

/** Surveys that received responses in the period, the responses, and focus groups held. */
export async function surveyStatistics(db: Database, query: StatisticsQuery): Promise<StatisticsBlock[]> {
	const { officeId, from, to, fromDay, toDay } = query;
	const [responses, groups] = await Promise.all([
		db
			.select({
				surveys: sql<number>`count(distinct ${surveyResponses.surveyId})::int`,
				responses: sql<number>`count(*)::int`
			})
			.from(surveyResponses)
			.innerJoin(surveys, eq(surveys.id, surveyResponses.surveyId))
			.where(
				and(
					eq(surveyResponses.officeId, officeId),
					isNotNull(surveyResponses.submittedAt),
					gte(surveyResponses.submittedAt, from),
					lt(surveyResponses.submittedAt, to)
				)
			),
		db
			.select({ count: sql<number>`count(*)::int` })
			.from(focusGroups)
			.where(and(eq(focusGroups.officeId, officeId), gte(focusGroups.heldOn, fromDay), lt(focusGroups.heldOn, toDay)))
	]);
	return [
		{
			key: 'surveys',
			titleKey: 'surveys.statistics.title',
			order: 50,
			filtered: false,
			figures: [
				{
					key: `surveys.surveys`,
					labelKey: 'surveys.statistics.surveys',
					value: responses[0]?.surveys ?? 0,
					people: false
				},
				{
					key: `surveys.responses`,
					labelKey: 'surveys.statistics.responses',
					value: responses[0]?.responses ?? 0,
					people: true
				},
				{
					key: `surveys.focusGroups`,
					labelKey: 'surveys.statistics.focusGroups',
					value: groups[0]?.count ?? 0,
					people: false
				}
			],
			tables: []
		}
	];
}
