import { and, eq, lt, sql } from 'drizzle-orm';
import type { Database } from '../../../server/db/client.ts';
import { recordAudit } from '../../../server/audit.ts';
import { lockEvent } from '../../events/queries.server.ts';
import { registrations } from '../schema.ts';
import { queueRegistrantMail } from '../mail.server.ts';
import { fillFreePlaces } from './fill-free-places.server.ts';
import { GUARDIAN_HOLD_HOURS, mailFactsFor } from './shared.server.ts';

/**
 * When a hold started: at sign-up, or later when the person was moved up from the waitlist or
 * accepted by staff (GREATEST skips the nulls).
 */
const holdStart = sql`greatest(${registrations.createdAt}, ${registrations.promotedAt}, ${registrations.decidedAt})`;

/**
 * Frees places held for under-15s whose guardian did not confirm in time, tells the young person,
 * and gives the places to the waitlist. Safe on several instances: each event is locked while its
 * holds are re-read and released.
 */
export async function expireGuardianHolds(db: Database, now: Date): Promise<number> {
	const cutoff = new Date(now.getTime() - GUARDIAN_HOLD_HOURS * 3600_000);
	const due = await db
		.selectDistinct({ officeId: registrations.officeId, eventId: registrations.eventId })
		.from(registrations)
		.where(and(eq(registrations.status, 'pending_guardian'), lt(holdStart, cutoff)));
	let expired = 0;
	for (const { officeId, eventId } of due) {
		expired += await db.transaction(async (tx) => {
			const event = await lockEvent(tx, officeId, eventId);
			if (!event) return 0;
			const released = await tx
				.update(registrations)
				.set({ status: 'cancelled', cancelledAt: now, updatedAt: now })
				.where(
					and(eq(registrations.eventId, eventId), eq(registrations.status, 'pending_guardian'), lt(holdStart, cutoff))
				)
				.returning();
			for (const registration of released) {
				await queueRegistrantMail(tx, 'holdExpired', await mailFactsFor(tx, event, registration));
				await recordAudit(tx, {
					officeId,
					actor: null,
					action: 'registrations.guardian_hold_expired',
					entityType: 'registration',
					entityId: registration.id,
					details: { eventId }
				});
			}
			if (released.length > 0) await fillFreePlaces(tx, { officeId, eventId });
			return released.length;
		});
	}
	return expired;
}
