// Moving and cancelling a shift after people have applied: those affected are told, places are
// never cut below the people already accepted, and a shift with hours recorded stays (the hours
// are the volunteers' record).
import { and, count, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { encodeMessage } from '../../../i18n/index.ts';
import { canOrganise } from '../permissions.server.ts';
import type { ShiftDraft } from '../inputs.ts';
import { shiftChangeRefusal } from '../rules.ts';
import { volunteerApplications, volunteerHours, volunteerProfiles, volunteerShifts } from '../schema.ts';
import { countAccepted, lockOpportunity, lockShift, mailVolunteer, promoteFromWaitlist } from './shared.server.ts';

/** A shift of this office with its opportunity locked, checked against the actor. */
async function lockedForOrganiser(ctx: Context, tx: Context['db'], shiftId: string) {
	const [found] = await tx
		.select({ opportunityId: volunteerShifts.opportunityId })
		.from(volunteerShifts)
		.where(and(eq(volunteerShifts.officeId, ctx.officeId), eq(volunteerShifts.id, shiftId)));
	if (!found) throw new AppError('not_found', 'error.404.text');
	const opportunity = await lockOpportunity(tx, ctx.officeId, found.opportunityId);
	if (!opportunity) throw new AppError('not_found', 'error.404.text');
	authorize(ctx.actor, await canOrganise(tx, ctx.officeId, ctx.actor, opportunity));
	const shift = await lockShift(tx, ctx.officeId, shiftId);
	if (!shift) throw new AppError('not_found', 'error.404.text');
	return { opportunity, shift };
}

/** People holding or waiting for a place on the shift, with their profiles (for the e-mails). */
async function activeApplicants(tx: Context['db'], shiftId: string) {
	return tx
		.select({ application: volunteerApplications, profile: volunteerProfiles })
		.from(volunteerApplications)
		.innerJoin(volunteerProfiles, eq(volunteerProfiles.id, volunteerApplications.profileId))
		.where(
			and(
				eq(volunteerApplications.shiftId, shiftId),
				inArray(volunteerApplications.status, ['pending', 'accepted', 'waitlisted'])
			)
		);
}

/**
 * The organiser moves a shift or changes its places. A shift cannot move into the past, nor keep
 * fewer places than people already accepted; when the time changes everyone who applied is told
 * (with a new calendar entry); more places go to the people waiting.
 */
export async function moveVolunteerShift(
	ctx: Context,
	options: { shiftId: string; shift: ShiftDraft; now?: Date }
): Promise<{ told: number; promoted: number }> {
	authorize(ctx.actor, !!ctx.actor);
	const now = options.now ?? new Date();
	const next = options.shift;
	if (shiftChangeRefusal(next, 0, now) === 'past')
		throw new AppError('invalid', 'common.formHasErrors', { date: encodeMessage('volunteering.shift.past') });
	return ctx.db.transaction(async (tx) => {
		const { opportunity, shift } = await lockedForOrganiser(ctx, tx, options.shiftId);
		const accepted = await countAccepted(tx, opportunity.id, shift.id);
		if (shiftChangeRefusal(next, accepted, now) === 'belowAccepted')
			throw new AppError('invalid', 'common.formHasErrors', {
				places: encodeMessage('volunteering.shift.belowAccepted', { count: accepted })
			});
		const [updated] = await tx
			.update(volunteerShifts)
			.set({ startsAt: next.startsAt, endsAt: next.endsAt, places: next.places })
			.where(eq(volunteerShifts.id, shift.id))
			.returning();
		const moved =
			updated.startsAt.getTime() !== shift.startsAt.getTime() || updated.endsAt.getTime() !== shift.endsAt.getTime();
		let told = 0;
		if (moved)
			for (const { application, profile } of await activeApplicants(tx, shift.id)) {
				await mailVolunteer(tx, 'shiftMoved', {
					officeId: ctx.officeId,
					profile,
					opportunity,
					shift: updated,
					application
				});
				told++;
			}
		const promoted = await promoteFromWaitlist(tx, { officeId: ctx.officeId, opportunity, shift: updated, now });
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: ctx.actor,
			action: 'volunteering.shift.updated',
			entityType: 'volunteer_opportunity',
			entityId: opportunity.id,
			details: {
				shiftId: shift.id,
				before: { startsAt: shift.startsAt.toISOString(), endsAt: shift.endsAt.toISOString(), places: shift.places },
				after: { startsAt: next.startsAt.toISOString(), endsAt: next.endsAt.toISOString(), places: next.places },
				told,
				promoted
			}
		});
		return { told, promoted };
	});
}

/**
 * The organiser cancels a shift: refused once hours are recorded for it; otherwise everyone who
 * applied is told (with a cancelled calendar entry) and the shift and its applications go.
 */
export async function deleteVolunteerShift(ctx: Context, options: { shiftId: string }): Promise<{ told: number }> {
	authorize(ctx.actor, !!ctx.actor);
	return ctx.db.transaction(async (tx) => {
		const { opportunity, shift } = await lockedForOrganiser(ctx, tx, options.shiftId);
		const [hours] = await tx
			.select({ total: count() })
			.from(volunteerHours)
			.where(eq(volunteerHours.shiftId, shift.id));
		if ((hours?.total ?? 0) > 0) throw new AppError('conflict', 'volunteering.shift.hasHours');
		let told = 0;
		for (const { application, profile } of await activeApplicants(tx, shift.id)) {
			await mailVolunteer(tx, 'shiftCancelled', { officeId: ctx.officeId, profile, opportunity, shift, application });
			told++;
		}
		await tx.delete(volunteerShifts).where(eq(volunteerShifts.id, shift.id));
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: ctx.actor,
			action: 'volunteering.shift.deleted',
			entityType: 'volunteer_opportunity',
			entityId: opportunity.id,
			details: {
				shiftId: shift.id,
				startsAt: shift.startsAt.toISOString(),
				endsAt: shift.endsAt.toISOString(),
				places: shift.places,
				told
			}
		});
		return { told };
	});
}
