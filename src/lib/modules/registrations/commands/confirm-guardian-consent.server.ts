import { and, eq } from 'drizzle-orm';
import type { Context } from '../../../server/actor.ts';
import { recordAudit } from '../../../server/audit.ts';
import { AppError } from '../../../server/errors.ts';
import { hashToken } from '../../../server/auth/tokens.ts';
import { lockEvent } from '../../events/queries.server.ts';
import { registrations } from '../schema.ts';
import type { RegistrationRow } from '../access.server.ts';
import { queueRegistrantMail } from '../mail.server.ts';
import { mailFactsFor } from './shared.server.ts';

/** The registration a guardian's link is for, or null (unknown or malformed token). */
export async function findRegistrationByGuardianToken(ctx: Context, token: string): Promise<RegistrationRow | null> {
	if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
	const [row] = await ctx.db
		.select()
		.from(registrations)
		.where(and(eq(registrations.officeId, ctx.officeId), eq(registrations.guardianTokenHash, hashToken(token))));
	return row ?? null;
}

export type GuardianOutcome = 'confirmed' | 'recorded' | 'alreadyConfirmed' | 'expired';

/**
 * A parent or guardian agrees through the e-mailed link. A held place becomes confirmed (and the
 * young person gets the confirmation with the calendar invitation); on the waitlist or awaiting
 * approval, the consent is recorded for when a place comes.
 */
export async function confirmGuardianConsent(ctx: Context, options: { token: string }): Promise<GuardianOutcome> {
	const found = await findRegistrationByGuardianToken(ctx, options.token);
	if (!found) throw new AppError('not_found', 'error.404.text');
	return ctx.db.transaction(async (tx) => {
		const event = await lockEvent(tx, ctx.officeId, found.eventId);
		if (!event) throw new AppError('not_found', 'error.404.text');
		const [current] = await tx.select().from(registrations).where(eq(registrations.id, found.id)).for('update');
		if (current.guardianConfirmedAt) return 'alreadyConfirmed';
		if (current.status === 'cancelled' || current.status === 'declined') return 'expired';
		const now = new Date();
		const [updated] = await tx
			.update(registrations)
			.set({
				guardianConfirmedAt: now,
				...(current.status === 'pending_guardian' ? { status: 'confirmed' as const } : {}),
				updatedAt: now
			})
			.where(eq(registrations.id, current.id))
			.returning();
		if (current.status === 'pending_guardian') {
			await queueRegistrantMail(tx, 'guardianConfirmed', await mailFactsFor(tx, event, updated));
		}
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: ctx.actor,
			action: 'registrations.guardian_confirmed',
			entityType: 'registration',
			entityId: current.id,
			details: { eventId: event.id, status: updated.status }
		});
		return current.status === 'pending_guardian' ? 'confirmed' : 'recorded';
	});
}
