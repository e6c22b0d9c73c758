import type { Database } from '../../../server/db/client.ts';

export type EventChange = 'cancelled' | 'rescheduled';

/**
 * Queues a notice to everyone holding or waiting for a place when an event is cancelled or
 * rescheduled. Call it inside the command's transaction; returns how many were told.
 *
 * CONTRACT (events → registrations): the events module calls this from cancel-event and
 * reschedule-event. The registrations module implements it.
 */
export async function notifyRegistrantsOfEventChange(
	tx: Database,
	options: { officeId: string; eventId: string; change: EventChange; reason?: string }
): Promise<number> {
	void tx;
	void options;
	return 0;
}
