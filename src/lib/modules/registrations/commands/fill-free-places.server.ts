import type { Database } from '../../../server/db/client.ts';

/**
 * Promotes people from the waitlist, first come first served, while the event has free places
 * (after a cancellation, a raised capacity, a declined or expired hold), and queues a notice to
 * each. Call it inside a transaction; returns how many were promoted.
 *
 * CONTRACT (events → registrations): the events module calls this after an event's capacity
 * changes. The registrations module implements it.
 */
export async function fillFreePlaces(tx: Database, options: { officeId: string; eventId: string }): Promise<number> {
	void tx;
	void options;
	return 0;
}
