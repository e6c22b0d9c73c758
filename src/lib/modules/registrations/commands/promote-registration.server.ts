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
	placeStatusFor
} from './shared.server.ts';

/**
 * Staff give a free place to someone on the waitlist out of turn (a group of friends, someone the
 * programme is meant for). Refused when no place is free: capacity holds here too.
 */
export async function promoteRegistration(ctx: Context, options: { registrationId: string }): Promise<void> {
	authorize(ctx.actor, canManageRegistrations(ctx.actor));
	const actor = ctx.actor;
	await ctx.db.transaction(async (tx) => {
		const locked = await lockEventAndRegistration(tx, ctx.officeId, options.registrationId);
		if (!locked) throw new AppError('not_found', 'error.404.text');
		const { event, registration: found } = locked;
		if (found.status !== 'waitlisted') throw new AppError('conflict', 'registrations.admin.notWaitlisted');
		if (!hasFreePlace(event, await countHeldPlaces(tx, event.id))) {
			throw new AppError('conflict', 'registrations.admin.noFreePlace');
		}
		const now = new Date();
		const [updated] = await tx
			.update(registrations)
			.set({ status: placeStatusFor(found), promotedAt: now, updatedAt: now })
			.where(eq(registrations.id, found.id))
			.returning();
		await queueRegistrantMail(tx, 'promoted', await mailFactsFor(tx, event, updated));
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'registrations.promoted_by_staff',
			entityType: 'registration',
			entityId: found.id,
			details: { eventId: event.id, status: updated.status }
		});
	});
}
