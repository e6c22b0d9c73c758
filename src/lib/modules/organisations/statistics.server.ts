// Partners active in a period, for the office's statistics (manifest `statistics`): organisations
// with a joint event, an agreement in force or a logged contact in the period.
import { and, eq, gte, isNull, lt, or, sql } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import type { StatisticsBlock, StatisticsQuery } from '../../server/manifest.ts';
import { events } from '../events/schema.ts';
import {
	ORGANISATION_TYPES,
	organisationContactLog,
	organisationEvents,
	organisations,
	partnershipAgreements
} from './schema.ts';
import { typeLabelKey } from './labels.ts';

/** Active partners by type, agreements in force, joint events and the directory's size. */
export async function organisationStatistics(db: Database, query: StatisticsQuery): Promise<StatisticsBlock[]> {
	const { officeId, from, to, fromDay, toDay } = query;
	const [jointEvents, agreements, contacts, directory] = await Promise.all([
		db
			.select({ organisationId: organisationEvents.organisationId, eventId: organisationEvents.eventId })
			.from(organisationEvents)
			.innerJoin(events, eq(events.id, organisationEvents.eventId))
			.where(
				and(
					eq(organisationEvents.officeId, officeId),
					sql`${events.status} in ('published', 'finished')`,
					gte(events.startsAt, from),
					lt(events.startsAt, to)
				)
			),
		db
			.select({ organisationId: partnershipAgreements.organisationId })
			.from(partnershipAgreements)
			.where(
				and(
					eq(partnershipAgreements.officeId, officeId),
					// In force at some time in the period: started (or signed) before its end, not ended before its start.
					sql`coalesce(${partnershipAgreements.startsOn}, ${partnershipAgreements.signedOn}, ${partnershipAgreements.createdAt}::date) < ${toDay}`,
					or(isNull(partnershipAgreements.endsOn), gte(partnershipAgreements.endsOn, fromDay))
				)
			),
		db
			.select({ organisationId: organisationContactLog.organisationId })
			.from(organisationContactLog)
			.where(
				and(
					eq(organisationContactLog.officeId, officeId),
					gte(organisationContactLog.happenedOn, fromDay),
					lt(organisationContactLog.happenedOn, toDay)
				)
			),
		db
			.select({ id: organisations.id, type: organisations.type })
			.from(organisations)
			.where(and(eq(organisations.officeId, officeId), eq(organisations.status, 'active')))
	]);
	const typeOf = new Map(directory.map((row) => [row.id, row.type]));
	const active = new Set(
		[...jointEvents, ...agreements, ...contacts].map((row) => row.organisationId).filter((id) => typeOf.has(id))
	);
	const activeTypes = [...active].map((id) => typeOf.get(id));
	return [
		{
			key: 'organisations',
			titleKey: 'organisations.statistics.title',
			order: 40,
			filtered: false,
			figures: [
				{ key: `organisations.active`, labelKey: 'organisations.statistics.active', value: active.size, people: false },
				{
					key: `organisations.agreements`,
					labelKey: 'organisations.statistics.agreements',
					value: agreements.length,
					people: false
				},
				{
					key: `organisations.jointEvents`,
					labelKey: 'organisations.statistics.jointEvents',
					value: new Set(jointEvents.map((row) => row.eventId)).size,
					people: false
				},
				{
					key: `organisations.directory`,
					labelKey: 'organisations.statistics.directory',
					value: directory.length,
					people: false
				}
			],
			tables: [
				{
					key: `organisations.activeByType`,
					titleKey: 'organisations.statistics.activeByType',
					rows: ORGANISATION_TYPES.map((type) => ({
						label: { key: typeLabelKey(type) },
						value: activeTypes.filter((item) => item === type).length
					})).filter((row) => row.value > 0),
					total: active.size,
					people: false
				}
			]
		}
	];
}
