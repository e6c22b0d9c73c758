import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { canOrganise } from '../permissions.server.ts';
import { belgradeDate, isMinorOn } from '../rules.ts';
import { volunteerApplications, volunteerProfiles, type ApplicationStatus } from '../schema.ts';
import {
	countAccepted,
	hasGuardianConsent,
	lockOpportunity,
	lockShift,
	mailVolunteer,
	promoteFromWaitlist,
	type ApplicationRow
} from './shared.server.ts';

/** An application of this office with its opportunity, or not found. */
async function loadApplication(ctx: Context, applicationId: string): Promise<ApplicationRow> {
	const [row] = await ctx.db
		.select()
		.from(volunteerApplications)
		.where(and(eq(volunteerApplications.officeId, ctx.officeId), eq(volunteerApplications.id, applicationId)));
	if (!row) throw new AppError('not_found', 'error.404.text');
	return row;
}

/**
 * The organiser accepts, waitlists or declines (with a reason) an application. Accepting locks the
 * shift (or the role) and counts its places first, so two organisers accepting at once cannot
 * overfill it; a minor is accepted only once a guardian's consent is in force.
 */
export async function decideApplication(
	ctx: Context,
	options: { applicationId: string; decision: 'accept' | 'waitlist' | 'decline'; reason: string; now?: Date }
): Promise<ApplicationStatus> {
	authorize(ctx.actor, !!ctx.actor);
	const now = options.now ?? new Date();
	const found = await loadApplication(ctx, options.applicationId);
	return ctx.db.transaction(async (tx) => {
		const opportunity = await lockOpportunity(tx, ctx.officeId, found.opportunityId);
		if (!opportunity) throw new AppError('not_found', 'error.404.text');
		authorize(ctx.actor, await canOrganise(tx, ctx.officeId, ctx.actor, opportunity));
		const shift = found.shiftId ? await lockShift(tx, ctx.officeId, found.shiftId) : null;
		const [application] = await tx
			.select()
			.from(volunteerApplications)
			.where(eq(volunteerApplications.id, found.id))
			.for('update');
		if (application.status === 'withdrawn') throw new AppError('conflict', 'volunteering.decide.withdrawn');
		const status: ApplicationStatus =
			options.decision === 'accept' ? 'accepted' : options.decision === 'waitlist' ? 'waitlisted' : 'declined';
		if (status === application.status) return status;
		if (status === 'accepted') {
			const [profile] = await tx
				.select()
				.from(volunteerProfiles)
				.where(eq(volunteerProfiles.id, application.profileId));
			const firstDay = shift ? belgradeDate(shift.startsAt) : belgradeDate(now);
			if (profile.birthDate && isMinorOn(profile.birthDate, firstDay) && !(await hasGuardianConsent(tx, profile.id)))
				throw new AppError('conflict', 'volunteering.decide.needsConsent');
			const places = shift ? shift.places : opportunity.rolePlaces;
			if (places !== null && (await countAccepted(tx, opportunity.id, shift?.id ?? null)) >= places)
				throw new AppError('conflict', 'volunteering.decide.full');
		}
		const [updated] = await tx
			.update(volunteerApplications)
			.set({ status, decisionReason: options.reason, decidedAt: now, updatedAt: now })
			.where(eq(volunteerApplications.id, application.id))
			.returning();
		const [profile] = await tx.select().from(volunteerProfiles).where(eq(volunteerProfiles.id, application.profileId));
		// A place given up by someone accepted goes to the next person waiting.
		if (application.status === 'accepted')
			await promoteFromWaitlist(tx, { officeId: ctx.officeId, opportunity, shift, now });
		await mailVolunteer(tx, status === 'accepted' ? 'accepted' : status === 'waitlisted' ? 'waitlisted' : 'declined', {
			officeId: ctx.officeId,
			profile,
			opportunity,
			shift,
			application: updated
		});
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: ctx.actor,
			action: `volunteering.application.${status}`,
			entityType: 'volunteer_application',
			entityId: application.id,
			details: { before: application.status, reason: options.reason }
		});
		return status;
	});
}

/** The volunteer withdraws their own application; the place goes to the next person waiting, if any. */
export async function withdrawApplication(ctx: Context, options: { applicationId: string; now?: Date }): Promise<void> {
	authorize(ctx.actor, !!ctx.actor);
	const now = options.now ?? new Date();
	const found = await loadApplication(ctx, options.applicationId);
	const [profile] = await ctx.db.select().from(volunteerProfiles).where(eq(volunteerProfiles.id, found.profileId));
	authorize(ctx.actor, profile?.userId === ctx.actor.userId);
	await ctx.db.transaction(async (tx) => {
		const opportunity = await lockOpportunity(tx, ctx.officeId, found.opportunityId);
		const shift = found.shiftId ? await lockShift(tx, ctx.officeId, found.shiftId) : null;
		const [application] = await tx
			.select()
			.from(volunteerApplications)
			.where(eq(volunteerApplications.id, found.id))
			.for('update');
		if (application.status === 'withdrawn' || application.status === 'declined') return;
		await tx
			.update(volunteerApplications)
			.set({ status: 'withdrawn', updatedAt: now })
			.where(eq(volunteerApplications.id, application.id));
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: ctx.actor,
			action: 'volunteering.application.withdrawn',
			entityType: 'volunteer_application',
			entityId: application.id,
			details: { before: application.status }
		});
		if (application.status === 'accepted' && opportunity)
			await promoteFromWaitlist(tx, { officeId: ctx.officeId, opportunity, shift, now });
	});
}
