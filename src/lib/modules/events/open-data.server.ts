// The events dataset of the open data (decision 0025): every event on the portal, drafts never.
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import type { OpenDataColumn, OpenDataset } from '../../server/manifest.ts';
import { isoOrNull, latestOf } from '../../server/open-data.ts';
import { outer } from '../../server/db/outer.ts';
import { EVENT_STATUSES, EVENT_TYPES, REGISTRATION_MODES, eventSessions, events, programmes } from './schema.ts';

const column = (
	name: string,
	type: OpenDataColumn['type'],
	nullable = false,
	values?: OpenDataColumn['values']
): OpenDataColumn => ({ name, type, nullable, values, descriptionKey: `events.opendata.column.${name}` });

export const eventsDataset: OpenDataset = {
	id: 'events',
	titleKey: 'events.opendata.title',
	descriptionKey: 'events.opendata.description',
	keywordKeys: ['events.opendata.keyword'],
	columns: [
		column('id', 'string'),
		column('title', 'string'),
		column('title_en', 'string', true),
		column('summary', 'string'),
		column('summary_en', 'string', true),
		column('type', 'string', false, { codes: EVENT_TYPES, labelKey: (code) => `events.type.${code}` }),
		column('status', 'string', false, {
			codes: EVENT_STATUSES.filter((status) => status !== 'draft'),
			labelKey: (code) => `events.status.${code}`
		}),
		column('programme', 'string', true),
		column('programme_en', 'string', true),
		column('starts_at', 'datetime'),
		column('ends_at', 'datetime'),
		column('sessions', 'integer'),
		column('place', 'string', true),
		column('address', 'string', true),
		column('online', 'boolean'),
		column('min_age', 'integer', true),
		column('max_age', 'integer', true),
		column('capacity', 'integer', true),
		column('registration', 'string', false, {
			codes: REGISTRATION_MODES,
			labelKey: (code) => `events.opendata.registration.${code}`
		}),
		column('url', 'string')
	],
	async read(db: Database, officeId: string) {
		const rows = await db
			.select({
				id: events.id,
				slug: events.slug,
				title: events.title,
				titleEn: events.titleEn,
				summary: events.summary,
				summaryEn: events.summaryEn,
				type: events.type,
				status: events.status,
				programme: programmes.name,
				programmeEn: programmes.nameEn,
				startsAt: events.startsAt,
				endsAt: events.endsAt,
				sessions: sql<number>`(SELECT count(*)::int FROM ${eventSessions} WHERE ${eventSessions.eventId} = ${outer(events.id)})`,
				placeName: events.placeName,
				address: events.address,
				onlineUrl: events.onlineUrl,
				minAge: events.minAge,
				maxAge: events.maxAge,
				capacity: events.capacity,
				registrationMode: events.registrationMode,
				updatedAt: events.updatedAt
			})
			.from(events)
			.leftJoin(programmes, eq(programmes.id, events.programmeId))
			.where(and(eq(events.officeId, officeId), ne(events.status, 'draft')))
			.orderBy(asc(events.startsAt), asc(events.id));
		return {
			updatedAt: latestOf(rows.map((row) => row.updatedAt)),
			rows: rows.map((row) => ({
				id: row.id,
				title: row.title,
				title_en: row.titleEn || null,
				summary: row.summary,
				summary_en: row.summaryEn || null,
				type: row.type,
				status: row.status,
				programme: row.programme || null,
				programme_en: row.programmeEn || null,
				starts_at: isoOrNull(row.startsAt),
				ends_at: isoOrNull(row.endsAt),
				sessions: Number(row.sessions),
				place: row.placeName || null,
				address: row.address || null,
				online: row.onlineUrl !== '',
				min_age: row.minAge,
				max_age: row.maxAge,
				capacity: row.capacity,
				registration: row.registrationMode,
				url: `/events/${row.slug}`
			}))
		};
	}
};
