import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../../server/db/client.ts';
import { lockEvent } from '../../events/queries.server.ts';
import { registrations } from '../schema.ts';
import { queueRegistrantMail } from '../mail.server.ts';
import { mailFactsFor } from './shared.server.ts';

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
	// Read in the caller's transaction: the event as it is after the change, sessions included.
	const event = await lockEvent(tx, options.officeId, options.eventId);
	if (!event) return 0;
	const people = await tx
		.select()
		.from(registrations)
		.where(
			and(
				eq(registrations.eventId, event.id),
				inArray(registrations.status, ['pending_guardian', 'pending_approval', 'confirmed', 'waitlisted'])
			)
		);
	let told = 0;
	for (const person of people) {
		const facts = await mailFactsFor(tx, event, person);
		const kind = options.change === 'cancelled' ? 'eventCancelled' : 'eventRescheduled';
		if (await queueRegistrantMail(tx, kind, facts, { reason: options.reason ?? event.cancellationReason })) told++;
	}
	return told;
}
