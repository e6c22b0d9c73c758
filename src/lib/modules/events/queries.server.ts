import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import { events, eventSessions, programmes } from './schema.ts';

export type EventRow = typeof events.$inferSelect;
export type EventSessionRow = typeof eventSessions.$inferSelect;

/** An event with its sessions (by start) and its programme's name and colour. */
export interface EventRecord extends EventRow {
	sessions: EventSessionRow[];
	programme: { id: string; slug: string; name: string; nameEn: string; color: string } | null;
}

async function withDetails(db: Database, row: EventRow | undefined): Promise<EventRecord | null> {
	if (!row) return null;
	const [sessions, programme] = await Promise.all([
		db.select().from(eventSessions).where(eq(eventSessions.eventId, row.id)).orderBy(asc(eventSessions.startsAt)),
		row.programmeId
			? db
					.select({
						id: programmes.id,
						slug: programmes.slug,
						name: programmes.name,
						nameEn: programmes.nameEn,
						color: programmes.color
					})
					.from(programmes)
					.where(eq(programmes.id, row.programmeId))
					.then((rows) => rows[0] ?? null)
			: null
	]);
	return { ...row, sessions, programme };
}

/** Any event of the office by id (staff screens), with sessions and programme. */
export async function getEventById(db: Database, officeId: string, eventId: string): Promise<EventRecord | null> {
	const [row] = await db
		.select()
		.from(events)
		.where(and(eq(events.officeId, officeId), eq(events.id, eventId)));
	return withDetails(db, row);
}

/** A public (not draft) event by its address, with sessions and programme. */
export async function getPublicEventBySlug(db: Database, officeId: string, slug: string): Promise<EventRecord | null> {
	const [row] = await db
		.select()
		.from(events)
		.where(and(eq(events.officeId, officeId), eq(events.slug, slug), ne(events.status, 'draft')));
	return withDetails(db, row);
}

/**
 * Locks an event's row until the transaction ends and returns it. Registrations for one event take
 * this lock first, so places are counted and given one sign-up at a time and capacity holds.
 */
export async function lockEvent(tx: Database, officeId: string, eventId: string): Promise<EventRow | null> {
	const [row] = await tx
		.select()
		.from(events)
		.where(and(eq(events.officeId, officeId), eq(events.id, eventId)))
		.for('update');
	return row ?? null;
}

/** Sessions of several events, grouped by event id. */
export async function listSessionsOfEvents(db: Database, eventIds: string[]): Promise<Map<string, EventSessionRow[]>> {
	const grouped = new Map<string, EventSessionRow[]>();
	if (eventIds.length === 0) return grouped;
	const rows = await db
		.select()
		.from(eventSessions)
		.where(inArray(eventSessions.eventId, eventIds))
		.orderBy(asc(eventSessions.startsAt));
	for (const row of rows) grouped.set(row.eventId, [...(grouped.get(row.eventId) ?? []), row]);
	return grouped;
}
