import { and, eq, inArray, or } from 'drizzle-orm';
import type { Database } from '../../../server/db/client.ts';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { encodeMessage } from '../../../i18n/index.ts';
import { canOrganise } from '../permissions.server.ts';
import { belgradeDate, minutesToHours, shiftMinutes } from '../rules.ts';
import {
	volunteerApplications,
	volunteerHours,
	volunteerOpportunities,
	volunteerProfiles,
	volunteerShifts
} from '../schema.ts';

/** An accepted application with its opportunity and shift, checked to belong to this office. */
async function acceptedApplication(db: Database, officeId: string, applicationId: string) {
	const [row] = await db
		.select({ application: volunteerApplications, opportunity: volunteerOpportunities })
		.from(volunteerApplications)
		.innerJoin(volunteerOpportunities, eq(volunteerOpportunities.id, volunteerApplications.opportunityId))
		.where(and(eq(volunteerApplications.officeId, officeId), eq(volunteerApplications.id, applicationId)));
	if (!row) throw new AppError('not_found', 'error.404.text');
	if (row.application.status !== 'accepted') throw new AppError('conflict', 'volunteering.hours.notAccepted');
	const [shift] = row.application.shiftId
		? await db.select().from(volunteerShifts).where(eq(volunteerShifts.id, row.application.shiftId))
		: [null];
	return { ...row, shift: shift ?? null };
}

/** The day the hours are for and the checks the law and common sense ask: not in the future, not more than the shift. */
function checkedDay(
	shift: { startsAt: Date; endsAt: Date } | null,
	workedOn: string,
	minutes: number,
	now: Date
): string {
	if (shift) {
		if (shift.startsAt > now) throw new AppError('conflict', 'volunteering.hours.notStarted');
		if (minutes > shiftMinutes(shift))
			throw new AppError('invalid', 'common.formHasErrors', {
				hours: encodeMessage('volunteering.hours.moreThanShift', { hours: minutesToHours(shiftMinutes(shift)) })
			});
		return belgradeDate(shift.startsAt);
	}
	const day = workedOn || belgradeDate(now);
	if (day > belgradeDate(now))
		throw new AppError('invalid', 'common.formHasErrors', { workedOn: encodeMessage('volunteering.hours.future') });
	if (minutes > 24 * 60)
		throw new AppError('invalid', 'common.formHasErrors', { hours: encodeMessage('volunteering.hours.invalid') });
	return day;
}

/**
 * The organiser records (or corrects) a volunteer's hours for a shift; a second record for the same
 * shift replaces the first, and the audit keeps both values.
 */
export async function recordHours(
	ctx: Context,
	options: { applicationId: string; minutes: number; workedOn?: string; task?: string; now?: Date }
): Promise<{ id: string; corrected: boolean }> {
	authorize(ctx.actor, !!ctx.actor);
	const now = options.now ?? new Date();
	const { application, opportunity, shift } = await acceptedApplication(ctx.db, ctx.officeId, options.applicationId);
	authorize(ctx.actor, await canOrganise(ctx.db, ctx.officeId, ctx.actor, opportunity));
	const workedOn = checkedDay(shift, options.workedOn ?? '', options.minutes, now);
	return ctx.db.transaction(async (tx) => {
		const [existing] = shift
			? await tx
					.select()
					.from(volunteerHours)
					.where(and(eq(volunteerHours.applicationId, application.id), eq(volunteerHours.shiftId, shift.id)))
					.for('update')
			: [];
		const values = {
			minutes: options.minutes,
			task: options.task ?? '',
			workedOn,
			status: 'approved' as const,
			updatedAt: now
		};
		const [saved] = existing
			? await tx.update(volunteerHours).set(values).where(eq(volunteerHours.id, existing.id)).returning()
			: await tx
					.insert(volunteerHours)
					.values({
						...values,
						officeId: ctx.officeId,
						applicationId: application.id,
						profileId: application.profileId,
						opportunityId: opportunity.id,
						shiftId: shift?.id ?? null,
						source: 'organiser',
						createdAt: now
					})
					.returning();
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: ctx.actor,
			action: existing ? 'volunteering.hours.corrected' : 'volunteering.hours.recorded',
			entityType: 'volunteer_hours',
			entityId: saved.id,
			details: existing
				? { before: { minutes: existing.minutes, status: existing.status }, after: { minutes: options.minutes } }
				: { minutes: options.minutes, applicationId: application.id }
		});
		return { id: saved.id, corrected: !!existing };
	});
}

/**
 * The check-in: the organiser scans the volunteer card's QR code (or types the card number) at a
 * shift and records the hours of that volunteer's accepted application for it.
 */
export async function recordHoursByCard(
	ctx: Context,
	options: { shiftId: string; card: string; minutes: number; now?: Date }
): Promise<{ volunteerName: string; corrected: boolean }> {
	authorize(ctx.actor, !!ctx.actor);
	const card = options.card.trim();
	// The QR code holds the verification address; its last segment is the card's code.
	const code = card.includes('/') ? (card.split('/').filter(Boolean).pop() ?? '') : card;
	const [profile] = await ctx.db
		.select()
		.from(volunteerProfiles)
		.where(
			and(
				eq(volunteerProfiles.officeId, ctx.officeId),
				or(eq(volunteerProfiles.cardCode, code), eq(volunteerProfiles.cardNumber, code.toUpperCase()))
			)
		);
	if (!profile)
		throw new AppError('invalid', 'common.formHasErrors', { card: encodeMessage('volunteering.checkIn.unknownCard') });
	const [application] = await ctx.db
		.select()
		.from(volunteerApplications)
		.where(
			and(
				eq(volunteerApplications.officeId, ctx.officeId),
				eq(volunteerApplications.shiftId, options.shiftId),
				eq(volunteerApplications.profileId, profile.id),
				inArray(volunteerApplications.status, ['accepted'])
			)
		);
	if (!application)
		throw new AppError('invalid', 'common.formHasErrors', { card: encodeMessage('volunteering.checkIn.notOnShift') });
	const { corrected } = await recordHours(ctx, {
		applicationId: application.id,
		minutes: options.minutes,
		now: options.now
	});
	return { volunteerName: profile.name, corrected };
}

/** A volunteer claims hours for an accepted shift or role; the organiser approves them later. */
export async function claimHours(
	ctx: Context,
	options: { applicationId: string; minutes: number; workedOn: string; task: string; now?: Date }
): Promise<{ id: string }> {
	authorize(ctx.actor, !!ctx.actor);
	const now = options.now ?? new Date();
	const { application, opportunity, shift } = await acceptedApplication(ctx.db, ctx.officeId, options.applicationId);
	const [profile] = await ctx.db
		.select()
		.from(volunteerProfiles)
		.where(eq(volunteerProfiles.id, application.profileId));
	authorize(ctx.actor, profile?.userId === ctx.actor.userId);
	const workedOn = checkedDay(shift, options.workedOn, options.minutes, now);
	return ctx.db.transaction(async (tx) => {
		if (shift) {
			const [existing] = await tx
				.select({ id: volunteerHours.id })
				.from(volunteerHours)
				.where(and(eq(volunteerHours.applicationId, application.id), eq(volunteerHours.shiftId, shift.id)));
			if (existing) throw new AppError('conflict', 'volunteering.hours.alreadyRecorded');
		}
		const [saved] = await tx
			.insert(volunteerHours)
			.values({
				officeId: ctx.officeId,
				applicationId: application.id,
				profileId: application.profileId,
				opportunityId: opportunity.id,
				shiftId: shift?.id ?? null,
				workedOn,
				minutes: options.minutes,
				task: options.task,
				source: 'claim',
				status: 'claimed',
				createdAt: now,
				updatedAt: now
			})
			.returning({ id: volunteerHours.id });
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: ctx.actor,
			action: 'volunteering.hours.claimed',
			entityType: 'volunteer_hours',
			entityId: saved.id,
			details: { minutes: options.minutes, workedOn }
		});
		return saved;
	});
}

/** The organiser approves or rejects hours a volunteer claimed. */
export async function decideHoursClaim(
	ctx: Context,
	options: { hoursId: string; approve: boolean; now?: Date }
): Promise<void> {
	authorize(ctx.actor, !!ctx.actor);
	const now = options.now ?? new Date();
	const [row] = await ctx.db
		.select({ hours: volunteerHours, opportunity: volunteerOpportunities })
		.from(volunteerHours)
		.innerJoin(volunteerOpportunities, eq(volunteerOpportunities.id, volunteerHours.opportunityId))
		.where(and(eq(volunteerHours.officeId, ctx.officeId), eq(volunteerHours.id, options.hoursId)));
	if (!row) throw new AppError('not_found', 'error.404.text');
	authorize(ctx.actor, await canOrganise(ctx.db, ctx.officeId, ctx.actor, row.opportunity));
	await ctx.db.transaction(async (tx) => {
		const status = options.approve ? 'approved' : 'rejected';
		await tx.update(volunteerHours).set({ status, updatedAt: now }).where(eq(volunteerHours.id, row.hours.id));
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: ctx.actor,
			action: `volunteering.hours.${status}`,
			entityType: 'volunteer_hours',
			entityId: row.hours.id,
			details: { before: row.hours.status, minutes: row.hours.minutes }
		});
	});
}
