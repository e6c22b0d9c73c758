import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../../server/audit.ts';
import type { Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { hashToken } from '../../../server/auth/tokens.ts';
import { volunteerGuardianConsents, volunteerProfiles } from '../schema.ts';

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
