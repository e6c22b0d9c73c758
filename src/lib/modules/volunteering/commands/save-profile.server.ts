import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError, isUniqueViolation } from '../../../server/errors.ts';
import { createToken } from '../../../server/auth/tokens.ts';
import type { ProfileInput } from '../inputs.ts';
import { ageOn, belgradeDate, MIN_VOLUNTEER_AGE } from '../rules.ts';
import { volunteerProfiles } from '../schema.ts';
import { readableCode, type ProfileRow } from './shared.server.ts';

/** How long a volunteer card is valid from when it is issued or renewed. */
export const CARD_VALID_YEARS = 2;

function validUntil(now: Date): string {
	const today = belgradeDate(now);
	return `${Number(today.slice(0, 4)) + CARD_VALID_YEARS}${today.slice(4)}`;
}

/**
 * Creates or updates the signed-in person's volunteer profile; the first save gives the card
 * number and the card's verification code. Someone who will not be 15 within the year is told now.
 */
export async function saveVolunteerProfile(
	ctx: Context,
	options: { input: ProfileInput; now?: Date; isDemo?: boolean }
): Promise<ProfileRow> {
	authorize(ctx.actor, !!ctx.actor);
	const actor = ctx.actor;
	const now = options.now ?? new Date();
	const { input } = options;
	if (ageOn(input.birthDate, belgradeDate(now)) < MIN_VOLUNTEER_AGE - 1 || input.birthDate > belgradeDate(now))
		throw new AppError('invalid', 'common.formHasErrors', { birthDate: 'volunteering.refused.tooYoung' });
	const fields = { ...input, gender: input.gender || null, name: actor.name, email: actor.email, updatedAt: now };
	for (let attempt = 0; ; attempt++) {
		try {
			return await ctx.db.transaction(async (tx) => {
				const [existing] = await tx
					.select()
					.from(volunteerProfiles)
					.where(and(eq(volunteerProfiles.officeId, ctx.officeId), eq(volunteerProfiles.userId, actor.userId)))
					.for('update');
				const [saved] = existing
					? await tx.update(volunteerProfiles).set(fields).where(eq(volunteerProfiles.id, existing.id)).returning()
					: await tx
							.insert(volunteerProfiles)
							.values({
								...fields,
								officeId: ctx.officeId,
								userId: actor.userId,
								cardNumber: `${belgradeDate(now).slice(0, 4)}-${readableCode(6)}`,
								cardCode: createToken(),
								cardValidUntil: validUntil(now),
								isDemo: options.isDemo ?? false,
								createdAt: now
							})
							.returning();
				await recordAudit(tx, {
					officeId: ctx.officeId,
					actor,
					action: existing ? 'volunteering.profile.updated' : 'volunteering.profile.created',
					entityType: 'volunteer_profile',
					entityId: saved.id,
					details: { fields: Object.keys(input) }
				});
				return saved;
			});
		} catch (caught) {
			// A card number taken at the same moment: draw another.
			if (attempt < 3 && isUniqueViolation(caught)) continue;
			throw caught;
		}
	}
}
