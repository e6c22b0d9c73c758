import { authorize, type Context } from '../../../server/actor.ts';
import { recordAudit } from '../../../server/audit.ts';
import { participationSettings } from '../schema.ts';
import { canConfigureParticipation } from '../permissions.server.ts';
import type { ParticipationSettings } from './shared.server.ts';

/** Changes the office's participation rules: pre-moderation, support threshold, answer deadline. */
export async function updateParticipationSettings(ctx: Context, input: ParticipationSettings): Promise<void> {
	authorize(ctx.actor, canConfigureParticipation(ctx.actor));
	await ctx.db.transaction(async (tx) => {
		await tx
			.insert(participationSettings)
			.values({ officeId: ctx.officeId, ...input })
			.onConflictDoUpdate({ target: participationSettings.officeId, set: { ...input, updatedAt: new Date() } });
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: ctx.actor,
			action: 'participation.settings.updated',
			entityType: 'participation_settings',
			entityId: ctx.officeId,
			details: { ...input }
		});
	});
}
