import { and, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../../../server/audit.ts';
import type { Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { hashToken } from '../../../server/auth/tokens.ts';
import { belgradeDate, isMinorOn } from '../rules.ts';
import {
	volunteerApplications,
	volunteerGuardianConsents,
	volunteerOpportunities,
	volunteerProfiles,
	volunteerShifts
} from '../schema.ts';
import { lockOpportunity, lockShift, mailVolunteer, promoteFromWaitlist } from './shared.server.ts';

/** What the guardian's page shows: whose consent is asked, and whether it was already given. */
export async function findGuardianRequest(ctx: Context, token: string) {
	if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
	const [row] = await ctx.db
		.select({
			id: volunteerGuardianConsents.id,
			guardianName: volunteerGuardianConsents.guardianName,
			relation: volunteerGuardianConsents.relation,
			confirmedAt: volunteerGuardianConsents.confirmedAt,
			withdrawnAt: volunteerGuardianConsents.withdrawnAt,
			volunteerName: volunteerProfiles.name
		})
		.from(volunteerGuardianConsents)
		.innerJoin(volunteerProfiles, eq(volunteerProfiles.id, volunteerGuardianConsents.profileId))
		.where(
			and(
				eq(volunteerGuardianConsents.officeId, ctx.officeId),
				eq(volunteerGuardianConsents.tokenHash, hashToken(token))
			)
		);
	return row ?? null;
}

/**
 * A parent or guardian gives written consent through the e-mailed link: their name as typed and the
 * moment are recorded. From then on organisers may accept the volunteer (until withdrawn or 18).
 */
export async function confirmVolunteerGuardianConsent(
	ctx: Context,
	options: { token: string; confirmedName: string; now?: Date }
): Promise<'confirmed' | 'alreadyConfirmed'> {
	const found = await findGuardianRequest(ctx, options.token);
	if (!found || found.withdrawnAt) throw new AppError('not_found', 'error.404.text');
	const now = options.now ?? new Date();
	return ctx.db.transaction(async (tx) => {
		const [current] = await tx
			.select()
			.from(volunteerGuardianConsents)
			.where(eq(volunteerGuardianConsents.id, found.id))
			.for('update');
		if (current.confirmedAt) return 'alreadyConfirmed';
		await tx
			.update(volunteerGuardianConsents)
			.set({ confirmedAt: now, confirmedName: options.confirmedName })
			.where(eq(volunteerGuardianConsents.id, current.id));
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: ctx.actor,
			action: 'volunteering.guardian.confirmed',
			entityType: 'volunteer_profile',
			entityId: current.profileId,
			details: { consentId: current.id }
		});
		return 'confirmed';
	});
}

/**
 * A parent or guardian withdraws their consent through the same link. From that moment the volunteer
 * may not volunteer as a minor: their applications for shifts (or roles) still to come before they
 * turn 18 are withdrawn, each freed place goes to the next person waiting, and the volunteer is told.
 * Hours already volunteered stay recorded. The volunteer can ask for consent again by applying.
 */
export async function withdrawVolunteerGuardianConsent(
	ctx: Context,
	options: { token: string; now?: Date }
): Promise<{ applicationsWithdrawn: number }> {
	const found = await findGuardianRequest(ctx, options.token);
	if (!found || !found.confirmedAt) throw new AppError('not_found', 'error.404.text');
	const now = options.now ?? new Date();
	return ctx.db.transaction(async (tx) => {
		const [current] = await tx
			.select()
			.from(volunteerGuardianConsents)
			.where(eq(volunteerGuardianConsents.id, found.id))
			.for('update');
		if (current.withdrawnAt) return { applicationsWithdrawn: 0 };
		await tx
			.update(volunteerGuardianConsents)
			.set({ withdrawnAt: now })
			.where(eq(volunteerGuardianConsents.id, current.id));
		const [profile] = await tx.select().from(volunteerProfiles).where(eq(volunteerProfiles.id, current.profileId));
		const active = await tx
			.select({ application: volunteerApplications, opportunity: volunteerOpportunities, shift: volunteerShifts })
			.from(volunteerApplications)
			.innerJoin(volunteerOpportunities, eq(volunteerOpportunities.id, volunteerApplications.opportunityId))
			.leftJoin(volunteerShifts, eq(volunteerShifts.id, volunteerApplications.shiftId))
			.where(
				and(
					eq(volunteerApplications.profileId, profile.id),
					inArray(volunteerApplications.status, ['pending', 'accepted', 'waitlisted'])
				)
			);
		const today = belgradeDate(now);
		let withdrawn = 0;
		for (const { application, opportunity, shift } of active) {
			if (shift && shift.startsAt <= now) continue;
			if (!shift && opportunity.endsOn && opportunity.endsOn < today) continue;
			const day = shift ? belgradeDate(shift.startsAt) : today;
			if (!profile.birthDate || !isMinorOn(profile.birthDate, day)) continue;
			const locked = await lockOpportunity(tx, ctx.officeId, opportunity.id);
			const lockedShift = shift ? await lockShift(tx, ctx.officeId, shift.id) : null;
			const [updated] = await tx
				.update(volunteerApplications)
				.set({ status: 'withdrawn', updatedAt: now })
				.where(eq(volunteerApplications.id, application.id))
				.returning();
			await recordAudit(tx, {
				officeId: ctx.officeId,
				actor: ctx.actor,
				action: 'volunteering.application.withdrawn',
				entityType: 'volunteer_application',
				entityId: application.id,
				details: { before: application.status, because: 'guardian_consent_withdrawn' }
			});
			await mailVolunteer(tx, 'consentWithdrawn', {
				officeId: ctx.officeId,
				profile,
				opportunity,
				shift: lockedShift,
				application: updated
			});
			if (application.status === 'accepted' && locked)
				await promoteFromWaitlist(tx, { officeId: ctx.officeId, opportunity: locked, shift: lockedShift, now });
			withdrawn++;
		}
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: ctx.actor,
			action: 'volunteering.guardian.withdrawn',
			entityType: 'volunteer_profile',
			entityId: current.profileId,
			details: { consentId: current.id, applicationsWithdrawn: withdrawn }
		});
		return { applicationsWithdrawn: withdrawn };
	});
}
