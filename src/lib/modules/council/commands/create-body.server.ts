import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { freeSlugIn } from '../../../server/slugs.ts';
import { canManageCouncil } from '../permissions.server.ts';
import { councilBodies } from '../schema.ts';
import type { BodyInput } from '../inputs.ts';

/** Addresses under /council that are pages of their own, never a body's. */
const RESERVED_SLUGS = new Set(['minutes', 'decisions', 'answer', 'sessions.ics', 'decisions.rss']);

/** Creates a body (council, parliament, working group) with its public address. */
export async function createCouncilBody(ctx: Context, input: BodyInput): Promise<{ id: string; slug: string }> {
	authorize(ctx.actor, canManageCouncil(ctx.actor));
	const actor = ctx.actor;
	return ctx.db.transaction(async (tx) => {
		const slug = await freeSlugIn(tx, councilBodies, ctx.officeId, input.name, 'body', RESERVED_SLUGS);
		const [body] = await tx
			.insert(councilBodies)
			.values({ ...input, officeId: ctx.officeId, slug })
			.returning({ id: councilBodies.id, slug: councilBodies.slug });
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'council.body_created',
			entityType: 'council_body',
			entityId: body.id,
			details: { kind: input.kind }
		});
		return body;
	});
}
