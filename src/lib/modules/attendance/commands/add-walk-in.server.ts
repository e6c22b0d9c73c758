import { and, eq, inArray, or } from 'drizzle-orm';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { recordAudit } from '../../../server/audit.ts';
import type { Locale } from '../../../i18n/locale.ts';
import { ACTIVE_REGISTRATION_STATUSES, registrations } from '../../registrations/schema.ts';
import { lockEvent } from '../../events/queries.server.ts';
import { newRegistrationAccess } from '../../registrations/access.server.ts';
import { newCheckInCode } from '../check-in-code.server.ts';
import { canRecordAttendance } from '../permissions.server.ts';
import type { WalkInInput } from '../inputs.ts';
import { insertAttendance, requireSession } from './shared.server.ts';
import { isUniqueViolation } from '../../../server/errors.ts';

/**
 * Registers someone who came without signing up and checks them in at once. Capacity does not
 * apply: they are already in the room. Someone already registered (same e-mail or phone) is
 * checked in on their registration instead of getting a second one.
 */
export async function addWalkIn(
	ctx: Context,
	options: WalkInInput & { eventId: string; locale?: Locale }
): Promise<{ registrationId: string; name: string; existing: boolean }> {
	authorize(ctx.actor, canRecordAttendance(ctx.actor));
	const actor = ctx.actor;
	for (let attempt = 0; ; attempt++) {
		try {
			return await ctx.db.transaction(async (tx) => {
				// The event's row first, as every command that changes who holds its places (decision 0010).
				if (!(await lockEvent(tx, ctx.officeId, options.eventId))) throw new AppError('not_found', 'error.404.text');
				await requireSession(tx, { officeId: ctx.officeId, eventId: options.eventId, sessionId: options.sessionId });
				const sameContact = [
					options.email ? eq(registrations.email, options.email) : undefined,
					options.phone ? eq(registrations.phone, options.phone) : undefined
				].filter((condition) => condition !== undefined);
				if (sameContact.length > 0) {
					const [existing] = await tx
						.select({ id: registrations.id, name: registrations.name, status: registrations.status })
						.from(registrations)
						.where(
							and(
								eq(registrations.eventId, options.eventId),
								inArray(registrations.status, [...ACTIVE_REGISTRATION_STATUSES]),
								or(...sameContact)
							)
						);
					if (existing && existing.status !== 'confirmed') {
						throw new AppError('invalid', 'common.formHasErrors', {
							[options.email ? 'email' : 'phone']: 'attendance.walkIn.alreadyRegistered'
						});
					}
					if (existing) {
						await insertAttendance(tx, {
							officeId: ctx.officeId,
							registrationId: existing.id,
							sessionId: options.sessionId,
							userId: actor.userId
						});
						await recordAudit(tx, {
							officeId: ctx.officeId,
							actor,
							action: 'attendance.checked_in',
							entityType: 'registration',
							entityId: existing.id,
							details: { eventId: options.eventId, sessionId: options.sessionId, by: 'walk_in_form' }
						});
						return { registrationId: existing.id, name: existing.name, existing: true };
					}
				}
				const access = await newRegistrationAccess(tx);
				const [created] = await tx
					.insert(registrations)
					.values({
						id: access.id,
						officeId: ctx.officeId,
						eventId: options.eventId,
						name: options.name,
						email: options.email,
						phone: options.phone,
						birthYear: options.birthYear,
						gender: options.gender,
						status: 'confirmed',
						source: 'walk_in',
						accessTokenHash: access.hash,
						checkInCode: newCheckInCode(),
						locale: options.locale ?? 'sr-Cyrl'
					})
					.returning({ id: registrations.id, name: registrations.name });
				await insertAttendance(tx, {
					officeId: ctx.officeId,
					registrationId: created.id,
					sessionId: options.sessionId,
					userId: actor.userId
				});
				await recordAudit(tx, {
					officeId: ctx.officeId,
					actor,
					action: 'attendance.walk_in_added',
					entityType: 'registration',
					entityId: created.id,
					details: { eventId: options.eventId, sessionId: options.sessionId }
				});
				return { registrationId: created.id, name: created.name, existing: false };
			});
		} catch (caught) {
			// Two people added at the same moment with the same contact or code: look again.
			if (attempt < 3 && isUniqueViolation(caught)) continue;
			throw caught;
		}
	}
}
