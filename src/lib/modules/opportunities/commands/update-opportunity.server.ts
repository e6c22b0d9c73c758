import { and, eq } from 'drizzle-orm';
import { opportunities } from '../schema.ts';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { isUuid } from '../../../server/ids.ts';
import type { OpportunityInput } from '../inputs.ts';
import { canEditOpportunities } from '../permissions.server.ts';
import { storedFields } from './shared.server.ts';

/** Saves changes to an opportunity; its address stays the same so shared links keep working. */
export async function updateOpportunity(
	ctx: Context,
	options: OpportunityInput & { id: string; now?: Date }
): Promise<{ slug: string }> {
	authorize(ctx.actor, canEditOpportunities(ctx.actor));
	const actor = ctx.actor;
	const { id, now = new Date(), ...input } = options;
	if (!isUuid(id)) throw new AppError('not_found', 'error.404.text');
	return ctx.db.transaction(async (tx) => {
		const [current] = await tx
			.select()
			.from(opportunities)
			.where(and(eq(opportunities.officeId, ctx.officeId), eq(opportunities.id, id)))
			.for('update');
		if (!current) throw new AppError('not_found', 'error.404.text');
		const fields = await storedFields(tx, ctx.officeId, input, now);
		// A published opportunity keeps its original publication time unless a new one is given.
		if (input.status === 'published' && !input.publishAt && current.status === 'published' && current.publishAt) {
			fields.publishAt = current.publishAt;
		}
		await tx
			.update(opportunities)
			.set({ ...fields, updatedAt: now })
			.where(eq(opportunities.id, id));
		const changed = (Object.keys(fields) as (keyof typeof fields)[]).filter(
			(key) => JSON.stringify(fields[key]) !== JSON.stringify(current[key])
		);
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'opportunities.updated',
			entityType: 'opportunity',
			entityId: id,
			details: { changed, status: input.status }
		});
		return { slug: current.slug };
	});
}
