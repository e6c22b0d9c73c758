// Volunteers and hours in a period, for the office's statistics (manifest `statistics`).
import { and, eq, gte, inArray, lt, sql, sum } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import type { StatisticsBlock, StatisticsQuery } from '../../server/manifest.ts';
import { volunteerHours, volunteerOpportunities } from './schema.ts';

/**
 * Volunteers with approved hours, the hours (whole), and opportunities published in the period; for an action-plan
 * area, only the opportunities of the events linked to its measures and the hours worked on them.
 */
export async function volunteeringStatistics(db: Database, query: StatisticsQuery): Promise<StatisticsBlock[]> {
	const { officeId, from, to, fromDay, toDay } = query;
	const eventIds = query.planArea?.eventIds;
	const ofArea = eventIds
		? eventIds.length
			? inArray(volunteerOpportunities.eventId, eventIds)
			: sql`false`
		: undefined;
	const hoursOfArea = ofArea
		? inArray(
				volunteerHours.opportunityId,
				db
					.select({ id: volunteerOpportunities.id })
					.from(volunteerOpportunities)
					.where(and(eq(volunteerOpportunities.officeId, officeId), ofArea))
			)
		: undefined;
	const [hours, opportunities] = await Promise.all([
		db
			.select({
				volunteers: sql<number>`count(distinct ${volunteerHours.profileId})::int`,
				minutes: sum(volunteerHours.minutes)
			})
			.from(volunteerHours)
			.where(
				and(
					eq(volunteerHours.officeId, officeId),
					eq(volunteerHours.status, 'approved'),
					gte(volunteerHours.workedOn, fromDay),
					lt(volunteerHours.workedOn, toDay),
					hoursOfArea
				)
			),
		db
			.select({ n: sql<number>`count(*)::int` })
			.from(volunteerOpportunities)
			.where(
				and(
					eq(volunteerOpportunities.officeId, officeId),
					gte(volunteerOpportunities.publishedAt, from),
					lt(volunteerOpportunities.publishedAt, to),
					ofArea
				)
			)
	]);
	return [
		{
			key: 'volunteering',
			titleKey: 'volunteering.statistics.periodTitle',
			order: 80,
			filtered: false,
			areaFiltered: true,
			figures: [
				{
					key: `volunteering.volunteers`,
					labelKey: 'volunteering.volunteers',
					value: hours[0]?.volunteers ?? 0,
					people: true
				},
				{
					key: `volunteering.hours`,
					labelKey: 'volunteering.hours',
					value: Math.floor(Number(hours[0]?.minutes ?? 0) / 60),
					people: false
				},
				{
					key: `volunteering.opportunities`,
					labelKey: 'volunteering.statistics.opportunitiesPublished',
					value: opportunities[0]?.n ?? 0,
					people: false
				}
			],
			tables: []
		}
	];
}
