import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { isUuid } from '../../../server/ids.ts';
import { canEditPages } from '../permissions.server.ts';
import { compareMenuOrder } from '../queries.server.ts';
import { pages } from '../schema.ts';
import { nextSortOrder } from '../page-rules.server.ts';

/** Deletes a page; its sub-pages stay, moving to the end of the top level in their order. */
export async function deletePage(ctx: Context, options: { id: string }): Promise<void> {
	authorize(ctx.actor, canEditPages(ctx.actor));
	const actor = ctx.actor;
	if (!isUuid(options.id)) throw new AppError('not_found', 'error.404.text');
	await ctx.db.transaction(async (tx) => {
		const children = (
			await tx
				.select({ id: pages.id, title: pages.title, sortOrder: pages.sortOrder })
				.from(pages)
				.where(and(eq(pages.officeId, ctx.officeId), eq(pages.parentId, options.id)))
		).sort(compareMenuOrder);
		const [page] = await tx
			.delete(pages)
			.where(and(eq(pages.officeId, ctx.officeId), eq(pages.id, options.id)))
			.returning({ slug: pages.slug, title: pages.title });
		if (!page) throw new AppError('not_found', 'error.404.text');
		const first = await nextSortOrder(tx, ctx.officeId, null);
		for (const [index, child] of children.entries()) {
			await tx
				.update(pages)
				.set({ parentId: null, sortOrder: first + index, updatedAt: new Date() })
				.where(eq(pages.id, child.id));
		}
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'pages.deleted',
			entityType: 'page',
			entityId: options.id,
			details: { slug: page.slug, title: page.title, subPagesLifted: children.length }
		});
	});
}
