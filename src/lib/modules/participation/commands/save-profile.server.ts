import { authorize, type Context } from '../../../server/actor.ts';
import { recordAudit } from '../../../server/audit.ts';
import { participationProfiles } from '../schema.ts';
import type { ProfileInput } from '../inputs.ts';

/** Records the actor's year of birth and, optionally, gender (asked when first needed). */
export async function saveProfile(ctx: Context, input: ProfileInput): Promise<void> {
	authorize(ctx.actor, true);
	const actor = ctx.actor;
	await ctx.db.transaction(async (tx) => {
		await tx
			.insert(participationProfiles)
			.values({ officeId: ctx.officeId, userId: actor.userId, birthYear: input.birthYear, gender: input.gender })
			.onConflictDoUpdate({
				target: [participationProfiles.officeId, participationProfiles.userId],
				set: { birthYear: input.birthYear, gender: input.gender, updatedAt: new Date() }
			});
		// ParticipationGender is special enough not to be written into the log; that a profile changed is.
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'participation.profile.saved',
			entityType: 'participation_profile',
			entityId: actor.userId
		});
	});
}
