import { and, eq } from 'drizzle-orm';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { recordAudit } from '../../../server/audit.ts';
import { registrations } from '../../registrations/schema.ts';
import { sessionAttendance } from '../schema.ts';
import { canRecordAttendance } from '../permissions.server.ts';
import { insertAttendance, requireSession } from './shared.server.ts';

/** Ticks (or unticks) a confirmed registration as present at one session of its event. */
export async function markAttendance(
	ctx: Context,
	options: { eventId: string; sessionId: string; registrationId: string; present: boolean }
): Promise<{ name: string; present: boolean }> {
	authorize(ctx.actor, canRecordAttendance(ctx.actor));
	const actor = ctx.actor;
	return ctx.db.transaction(async (tx) => {
		await requireSession(tx, { officeId: ctx.officeId, eventId: options.eventId, sessionId: options.sessionId });
		const [registration] = await tx
			.select({ id: registrations.id, name: registrations.name, status: registrations.status })
			.from(registrations)
			.where(
				and(
					eq(registrations.officeId, ctx.officeId),
					eq(registrations.eventId, options.eventId),
					eq(registrations.id, options.registrationId)
				)
			);
		if (!registration) throw new AppError('not_found', 'error.404.text');
		if (registration.status !== 'confirmed') throw new AppError('invalid', 'attendance.checkIn.notConfirmed');
		let changed: boolean;
		if (options.present) {
			changed = await insertAttendance(tx, {
				officeId: ctx.officeId,
				registrationId: registration.id,
				sessionId: options.sessionId,
				userId: actor.userId
			});
		} else {
			const removed = await tx
				.delete(sessionAttendance)
				.where(
					and(eq(sessionAttendance.registrationId, registration.id), eq(sessionAttendance.sessionId, options.sessionId))
				)
				.returning({ id: sessionAttendance.registrationId });
			changed = removed.length > 0;
		}
		if (changed) {
			await recordAudit(tx, {
				officeId: ctx.officeId,
				actor,
				action: options.present ? 'attendance.checked_in' : 'attendance.check_in_undone',
				entityType: 'registration',
				entityId: registration.id,
				details: { eventId: options.eventId, sessionId: options.sessionId }
			});
		}
		return { name: registration.name, present: options.present };
	});
}
