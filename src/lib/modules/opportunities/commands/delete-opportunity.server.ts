import { and, eq } from 'drizzle-orm';
import { opportunities } from '../schema.ts';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { isUuid } from '../../../server/ids.ts';
import { canEditOpportunities } from '../permissions.server.ts';

/** Removes an opportunity for good; the library documents it attached stay. */
export async function deleteOpportunity(ctx: Context, options: { id: string }): Promise<void> {
	authorize(ctx.actor, canEditOpportunities(ctx.actor));
	const actor = ctx.actor;
	if (!isUuid(options.id)) throw new AppError('not_found', 'error.404.text');
	await ctx.db.transaction(async (tx) => {
		const [removed] = await tx
			.delete(opportunities)
			.where(and(eq(opportunities.officeId, ctx.officeId), eq(opportunities.id, options.id)))
			.returning({ title: opportunities.title, slug: opportunities.slug });
		if (!removed) throw new AppError('not_found', 'error.404.text');
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'opportunities.deleted',
			entityType: 'opportunity',
			entityId: options.id,
			details: { title: removed.title, slug: removed.slug }
		});
	});
}
