// Evidence of active partnership for the work-standards self-assessment (manifest `standardsEvidence`):
// agreements in force and joint events in the period.
import { and, eq, gte, isNull, lt, or, sql } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import type { StandardsEvidence, StatisticsQuery } from '../../server/manifest.ts';
import { instantToBelgrade } from '../../i18n/office-time.ts';
import { events } from '../events/schema.ts';
import { organisationEvents, organisations, partnershipAgreements } from './schema.ts';

/** Agreements in force at some time in the period and events held together with a partner. */
export async function organisationStandardsEvidence(
	db: Database,
	query: StatisticsQuery
): Promise<StandardsEvidence[]> {
	const { officeId, from, to, fromDay, toDay } = query;
	const [agreements, jointEvents] = await Promise.all([
		db
			.select({
				id: partnershipAgreements.id,
				title: partnershipAgreements.title,
				organisationId: organisations.id,
				name: organisations.name,
				signedOn: partnershipAgreements.signedOn,
				startsOn: partnershipAgreements.startsOn
			})
			.from(partnershipAgreements)
			.innerJoin(organisations, eq(organisations.id, partnershipAgreements.organisationId))
			.where(
				and(
					eq(partnershipAgreements.officeId, officeId),
					sql`coalesce(${partnershipAgreements.startsOn}, ${partnershipAgreements.signedOn}, ${partnershipAgreements.createdAt}::date) < ${toDay}`,
					or(isNull(partnershipAgreements.endsOn), gte(partnershipAgreements.endsOn, fromDay))
				)
			),
		db
			.selectDistinct({ id: events.id, title: events.title, titleEn: events.titleEn, startsAt: events.startsAt })
			.from(organisationEvents)
			.innerJoin(events, eq(events.id, organisationEvents.eventId))
			.where(
				and(
					eq(organisationEvents.officeId, officeId),
					sql`${events.status} in ('published', 'finished')`,
					gte(events.startsAt, from),
					lt(events.startsAt, to)
				)
			)
	]);
	return [
		...agreements.map((row) => ({
			key: `organisations.agreement:${row.id}`,
			area: 'partnership' as const,
			kindKey: 'organisations.evidence.agreement',
			title: `${row.title} (${row.name})`,
			titleEn: '',
			path: `/admin/organisations/${row.organisationId}`,
			date: row.startsOn ?? row.signedOn
		})),
		...jointEvents.map((row) => ({
			key: `organisations.jointEvent:${row.id}`,
			area: 'partnership' as const,
			kindKey: 'organisations.evidence.jointEvent',
			title: row.title,
			titleEn: row.titleEn,
			path: `/admin/events/${row.id}`,
			date: instantToBelgrade(row.startsAt).date
		}))
	];
}
