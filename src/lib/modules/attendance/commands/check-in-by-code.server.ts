import { and, eq, sql } from 'drizzle-orm';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { recordAudit } from '../../../server/audit.ts';
import { registrations } from '../../registrations/schema.ts';
import { canRecordAttendance } from '../permissions.server.ts';
import { codeFromScan } from '../scanned-code.ts';
import { insertAttendance, requireSession } from './shared.server.ts';

/**
 * Checks in the registration whose QR code was scanned (or code typed) for one session. Tells
 * whether the person had already been checked in, so the door sees a second scan for what it is.
 */
export async function checkInByCode(
	ctx: Context,
	options: { eventId: string; sessionId: string; code: string }
): Promise<{ registrationId: string; name: string; alreadyPresent: boolean }> {
	authorize(ctx.actor, canRecordAttendance(ctx.actor));
	const actor = ctx.actor;
	const code = codeFromScan(options.code);
	if (!code) throw new AppError('invalid', 'attendance.scan.unknown', { code: 'attendance.scan.unknown' });
	return ctx.db.transaction(async (tx) => {
		await requireSession(tx, { officeId: ctx.officeId, eventId: options.eventId, sessionId: options.sessionId });
		const [registration] = await tx
			.select({ id: registrations.id, name: registrations.name, status: registrations.status })
			.from(registrations)
			.where(
				and(
					eq(registrations.officeId, ctx.officeId),
					eq(registrations.eventId, options.eventId),
					sql`upper(replace(${registrations.checkInCode}, '-', '')) = ${code}`
				)
			);
		if (!registration) throw new AppError('invalid', 'attendance.scan.unknown', { code: 'attendance.scan.unknown' });
		if (registration.status !== 'confirmed') {
			throw new AppError('invalid', 'attendance.checkIn.notConfirmed', { code: 'attendance.checkIn.notConfirmed' });
		}
		const inserted = await insertAttendance(tx, {
			officeId: ctx.officeId,
			registrationId: registration.id,
			sessionId: options.sessionId,
			userId: actor.userId
		});
		if (inserted) {
			await recordAudit(tx, {
				officeId: ctx.officeId,
				actor,
				action: 'attendance.checked_in',
				entityType: 'registration',
				entityId: registration.id,
				details: { eventId: options.eventId, sessionId: options.sessionId, by: 'code' }
			});
		}
		return { registrationId: registration.id, name: registration.name, alreadyPresent: !inserted };
	});
}
