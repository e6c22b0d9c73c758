import { eq } from 'drizzle-orm';
import type { Database } from '../../../server/db/client.ts';
import { recordAudit } from '../../../server/audit.ts';
import { lockEvent } from '../../events/queries.server.ts';
import { registrations } from '../schema.ts';
import { queueRegistrantMail } from '../mail.server.ts';
import { countHeldPlaces, firstWaitlisted, mailFactsFor, placeStatusFor } from './shared.server.ts';

/**
 * Promotes people from the waitlist, first come first served, while the event has free places
 * (after a cancellation, a raised capacity, a declined or expired hold), and queues a notice to
 * each. Call it inside a transaction; returns how many were promoted.
 *
 * CONTRACT (events → registrations): the events module calls this after an event's capacity
 * changes. The registrations module implements it.
 */
export async function fillFreePlaces(tx: Database, options: { officeId: string; eventId: string }): Promise<number> {
	// Taking the lock again in the same transaction is free; it protects callers that did not.
	const event = await lockEvent(tx, options.officeId, options.eventId);
	if (!event || event.status !== 'published' || event.registrationMode === 'none') return 0;
	if (event.endsAt.getTime() <= Date.now()) return 0;
	const held = await countHeldPlaces(tx, event.id);
	const free = event.capacity === null ? 1000 : event.capacity - held;
	if (free <= 0) return 0;
	const promoted = await firstWaitlisted(tx, event.id, free);
	const now = new Date();
	for (const waiting of promoted) {
		const [updated] = await tx
			.update(registrations)
			.set({ status: placeStatusFor(waiting), promotedAt: now, updatedAt: now })
			.where(eq(registrations.id, waiting.id))
			.returning();
		await queueRegistrantMail(tx, 'promoted', await mailFactsFor(tx, event, updated));
		await recordAudit(tx, {
			officeId: options.officeId,
			actor: null,
			action: 'registrations.promoted',
			entityType: 'registration',
			entityId: waiting.id,
			details: { eventId: event.id, status: updated.status }
		});
	}
	return promoted.length;
}
