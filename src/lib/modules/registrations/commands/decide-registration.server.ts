import { eq } from 'drizzle-orm';
import { authorize, type Context } from '../../../server/actor.ts';
import { recordAudit } from '../../../server/audit.ts';
import { AppError } from '../../../server/errors.ts';
import { registrations } from '../schema.ts';
import { canManageRegistrations } from '../permissions.server.ts';
import { queueRegistrantMail } from '../mail.server.ts';
import {
	countHeldPlaces,
	hasFreePlace,
	lockEventAndRegistration,
	mailFactsFor,
	placeStatusFor,
	waitlistPosition
} from './shared.server.ts';

export type Decision = 'accept' | 'decline';
/** What accepting led to: a place (possibly held for a guardian), or the waitlist when full. */
export type DecisionOutcome = 'confirmed' | 'pending_guardian' | 'waitlisted' | 'declined';

/**
 * Staff accept or decline a sign-up to an event that needs approval. Accepting when every place is
 * taken puts the person on the waitlist (the caller says so); both outcomes are e-mailed.
 */
export async function decideRegistration(
	ctx: Context,
	options: { registrationId: string; decision: Decision }
): Promise<DecisionOutcome> {
	authorize(ctx.actor, canManageRegistrations(ctx.actor));
	const actor = ctx.actor;
	return ctx.db.transaction(async (tx) => {
		const locked = await lockEventAndRegistration(tx, ctx.officeId, options.registrationId);
		if (!locked) throw new AppError('not_found', 'error.404.text');
		const { event, registration: found } = locked;
		if (found.status !== 'pending_approval') throw new AppError('conflict', 'registrations.admin.notPending');
		const now = new Date();
		const status: DecisionOutcome =
			options.decision === 'decline'
				? 'declined'
				: hasFreePlace(event, await countHeldPlaces(tx, event.id))
					? placeStatusFor(found)
					: 'waitlisted';
		const [updated] = await tx
			.update(registrations)
			.set({ status, decidedAt: now, updatedAt: now })
			.where(eq(registrations.id, found.id))
			.returning();
		const facts = await mailFactsFor(tx, event, updated);
		if (status === 'declined') await queueRegistrantMail(tx, 'declined', facts);
		else if (status === 'waitlisted') {
			await queueRegistrantMail(tx, 'waitlisted', facts, { position: (await waitlistPosition(tx, updated)) ?? 0 });
		} else await queueRegistrantMail(tx, 'approved', facts);
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: status === 'declined' ? 'registrations.declined' : 'registrations.accepted',
			entityType: 'registration',
			entityId: found.id,
			details: { eventId: event.id, status }
		});
		return status;
	});
}
