import { max, eq } from 'drizzle-orm';
import { programmes } from '../schema.ts';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import type { ProgrammeInput } from '../inputs.ts';
import { canManageEvents } from '../permissions.server.ts';
import { freeProgrammeSlug, withFreshSlug } from './shared.server.ts';

/** Adds a programme at the end of the office's list, under an address made from its name. */
export async function createProgramme(ctx: Context, input: ProgrammeInput): Promise<{ id: string; slug: string }> {
	authorize(ctx.actor, canManageEvents(ctx.actor));
	const actor = ctx.actor;
	return withFreshSlug(() =>
		ctx.db.transaction(async (tx) => {
			const slug = await freeProgrammeSlug(tx, ctx.officeId, input.name);
			const [{ last }] = await tx
				.select({ last: max(programmes.sortOrder) })
				.from(programmes)
				.where(eq(programmes.officeId, ctx.officeId));
			const [created] = await tx
				.insert(programmes)
				.values({ ...input, officeId: ctx.officeId, slug, sortOrder: (last ?? -1) + 1 })
				.returning({ id: programmes.id, slug: programmes.slug });
			await recordAudit(tx, {
				officeId: ctx.officeId,
				actor,
				action: 'events.programme.created',
				entityType: 'programme',
				entityId: created.id,
				details: { name: input.name }
			});
			return created;
		})
	);
}
