// Place counting: who holds, waits for or awaits approval of a place. The registrations module owns
// it (it owns the table); the events module reads it from here to show places left. This file imports
// nothing from the events module except the pure PlaceCounts shape, so there is no import circle
// between the two modules' queries (decision 0009).
import { and, count, eq, inArray, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import { NO_PLACES_TAKEN, type PlaceCounts } from '../events/registration-state.ts';
import { registrations } from './schema.ts';

/**
 * The place counts of the event whose id is the given column, as a correlated subquery, so a list
 * of events gets its counts in the same query. Same rule as countPlacesByEvent.
 */
export function placeCountsOf(eventId: AnyColumn): SQL<PlaceCounts> {
	return sql<PlaceCounts>`(select json_build_object(
		'held', count(*) filter (where r.status in ('confirmed', 'pending_guardian')),
		'waitlisted', count(*) filter (where r.status = 'waitlisted'),
		'pendingApproval', count(*) filter (where r.status = 'pending_approval'))
		from ${registrations} r where r.event_id = ${eventId})`;
}

/** Places held, waitlisted and awaiting approval for each of several events (one query). */
export async function countPlacesByEvent(db: Database, eventIds: string[]): Promise<Map<string, PlaceCounts>> {
	const result = new Map<string, PlaceCounts>(eventIds.map((id) => [id, { ...NO_PLACES_TAKEN }]));
	if (eventIds.length === 0) return result;
	const rows = await db
		.select({ eventId: registrations.eventId, status: registrations.status, total: count() })
		.from(registrations)
		.where(
			and(
				inArray(registrations.eventId, eventIds),
				inArray(registrations.status, ['confirmed', 'pending_guardian', 'waitlisted', 'pending_approval'])
			)
		)
		.groupBy(registrations.eventId, registrations.status);
	for (const row of rows) {
		const counts = result.get(row.eventId)!;
		if (row.status === 'waitlisted') counts.waitlisted += row.total;
		else if (row.status === 'pending_approval') counts.pendingApproval += row.total;
		else counts.held += row.total;
	}
	return result;
}

/** Places for one event. */
export async function countPlaces(db: Database, eventId: string): Promise<PlaceCounts> {
	return (await countPlacesByEvent(db, [eventId])).get(eventId)!;
}

/** Whether anyone ever registered (such an event is cancelled rather than deleted). */
export async function hasRegistrations(db: Database, eventId: string): Promise<boolean> {
	const [row] = await db.select({ total: count() }).from(registrations).where(eq(registrations.eventId, eventId));
	return (row?.total ?? 0) > 0;
}
