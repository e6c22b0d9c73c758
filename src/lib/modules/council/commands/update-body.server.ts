import { eq } from 'drizzle-orm';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { canManageCouncil } from '../permissions.server.ts';
import { councilBodies } from '../schema.ts';
import { loadBody } from '../access.server.ts';
import type { BodyInput } from '../inputs.ts';

/** Changes a body's description, rules and public settings (its address stays). */
export async function updateCouncilBody(ctx: Context, options: { bodyId: string; input: BodyInput }): Promise<void> {
	authorize(ctx.actor, canManageCouncil(ctx.actor));
	const actor = ctx.actor;
	await ctx.db.transaction(async (tx) => {
		const body = await loadBody(tx, ctx.officeId, options.bodyId);
		await tx
			.update(councilBodies)
			.set({ ...options.input, updatedAt: new Date() })
			.where(eq(councilBodies.id, body.id));
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'council.body_updated',
			entityType: 'council_body',
			entityId: body.id,
			details: { fields: Object.keys(options.input) }
		});
	});
}
