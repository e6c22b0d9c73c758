import { opportunities } from '../schema.ts';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import type { OpportunityInput } from '../inputs.ts';
import { canEditOpportunities } from '../permissions.server.ts';
import { freeSlug, storedFields } from './shared.server.ts';
import { isUniqueViolation } from '../../../server/errors.ts';

/** Saves a new opportunity (draft, published or scheduled) under an address made from its title. */
export async function createOpportunity(
	ctx: Context,
	options: OpportunityInput & { now?: Date; isDemo?: boolean }
): Promise<{ id: string; slug: string }> {
	authorize(ctx.actor, canEditOpportunities(ctx.actor));
	const actor = ctx.actor;
	const { now = new Date(), isDemo = false, ...input } = options;
	for (let attempt = 0; ; attempt++) {
		try {
			return await ctx.db.transaction(async (tx) => {
				const fields = await storedFields(tx, ctx.officeId, input, now);
				const slug = await freeSlug(tx, ctx.officeId, input.title);
				const [created] = await tx
					.insert(opportunities)
					.values({ ...fields, officeId: ctx.officeId, slug, isDemo })
					.returning({ id: opportunities.id, slug: opportunities.slug });
				await recordAudit(tx, {
					officeId: ctx.officeId,
					actor,
					action: 'opportunities.created',
					entityType: 'opportunity',
					entityId: created.id,
					details: { title: input.title, status: input.status, publishAt: fields.publishAt, deadline: input.deadline }
				});
				return created;
			});
		} catch (caught) {
			// Someone saved the same title at the same moment: take the next number.
			if (attempt < 3 && isUniqueViolation(caught)) continue;
			throw caught;
		}
	}
}
