import { and, eq } from 'drizzle-orm';
import { authorize, type Actor, type Context } from '../../../server/actor.ts';
import type { Database } from '../../../server/db/client.ts';
import { recordAudit } from '../../../server/audit.ts';
import { AppError } from '../../../server/errors.ts';
import { registrations } from '../schema.ts';
import { findRegistrationByToken } from '../access.server.ts';
import { canManageRegistrations } from '../permissions.server.ts';
import { queueRegistrantMail } from '../mail.server.ts';
import { fillFreePlaces } from './fill-free-places.server.ts';
import { lockEventAndRegistration, mailFactsFor, PLACE_HOLDING } from './shared.server.ts';

const CANCELLABLE = new Set(['pending_guardian', 'pending_approval', 'confirmed', 'waitlisted']);

async function cancelInTransaction(
	tx: Database,
	options: { officeId: string; registrationId: string; actor: Actor | null; byStaff: boolean }
): Promise<{ promoted: number }> {
	// The event first, as every change of who holds a place does; then the registration.
	const locked = await lockEventAndRegistration(tx, options.officeId, options.registrationId);
	if (!locked) throw new AppError('not_found', 'error.404.text');
	const { event, registration: current } = locked;
	if (!CANCELLABLE.has(current.status)) throw new AppError('conflict', 'registrations.cancel.notActive');
	if (!options.byStaff && event.endsAt.getTime() <= Date.now()) {
		throw new AppError('conflict', 'registrations.cancel.eventOver');
	}
	const now = new Date();
	const [cancelled] = await tx
		.update(registrations)
		.set({ status: 'cancelled', cancelledAt: now, updatedAt: now })
		.where(eq(registrations.id, current.id))
		.returning();
	// The freed place goes to the first in line, in this same transaction.
	const promoted = PLACE_HOLDING.includes(current.status)
		? await fillFreePlaces(tx, { officeId: options.officeId, eventId: event.id })
		: 0;
	if (options.byStaff) await queueRegistrantMail(tx, 'cancelledByStaff', await mailFactsFor(tx, event, cancelled));
	await recordAudit(tx, {
		officeId: options.officeId,
		actor: options.actor,
		action: options.byStaff ? 'registrations.cancelled_by_staff' : 'registrations.cancelled',
		entityType: 'registration',
		entityId: current.id,
		details: { eventId: event.id, previousStatus: current.status, promoted }
	});
	return { promoted };
}

/** The registrant cancels through their private link; a freed place goes to the first waitlisted. */
export async function cancelRegistrationByToken(
	ctx: Context,
	options: { token: string }
): Promise<{ promoted: number }> {
	const registration = await findRegistrationByToken(ctx.db, ctx.officeId, options.token);
	if (!registration) throw new AppError('not_found', 'error.404.text');
	return ctx.db.transaction((tx) =>
		cancelInTransaction(tx, {
			officeId: ctx.officeId,
			registrationId: registration.id,
			actor: ctx.actor,
			byStaff: false
		})
	);
}

/**
 * A signed-in person cancels one of their own registrations from the event page or their account
 * page; a registration of someone else (or of another office) is not found, not refused, so its
 * existence is not revealed.
 */
export async function cancelMyRegistration(
	ctx: Context,
	options: { registrationId: string }
): Promise<{ promoted: number }> {
	// Anyone signed in may cancel what is theirs; the query below is the check on this record.
	authorize(ctx.actor, true);
	const actor = ctx.actor;
	const [own] = await ctx.db
		.select({ id: registrations.id })
		.from(registrations)
		.where(
			and(
				eq(registrations.officeId, ctx.officeId),
				eq(registrations.id, options.registrationId),
				eq(registrations.userId, actor.userId)
			)
		);
	if (!own) throw new AppError('not_found', 'error.404.text');
	return ctx.db.transaction((tx) =>
		cancelInTransaction(tx, { officeId: ctx.officeId, registrationId: own.id, actor, byStaff: false })
	);
}

/** Staff cancel someone's registration (they phoned, or asked at the office); the person is told. */
export async function cancelRegistrationByStaff(
	ctx: Context,
	options: { registrationId: string }
): Promise<{ promoted: number }> {
	authorize(ctx.actor, canManageRegistrations(ctx.actor));
	const actor = ctx.actor;
	return ctx.db.transaction((tx) =>
		cancelInTransaction(tx, { officeId: ctx.officeId, registrationId: options.registrationId, actor, byStaff: true })
	);
}
