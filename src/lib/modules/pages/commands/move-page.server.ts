import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { isUuid } from '../../../server/ids.ts';
import { canEditPages } from '../permissions.server.ts';
import { compareMenuOrder } from '../queries.server.ts';
import { pages } from '../schema.ts';

/**
 * Moves a page one place up or down among the pages of its menu level (its siblings). The level is
 * renumbered 0, 1, 2 … so that ties left by older data cannot make a step do nothing. At either end
 * of its level a page stays where it is.
 */
export async function movePage(ctx: Context, options: { id: string; direction: 'up' | 'down' }): Promise<void> {
	authorize(ctx.actor, canEditPages(ctx.actor));
	const actor = ctx.actor;
	if (!isUuid(options.id)) throw new AppError('not_found', 'error.404.text');
	await ctx.db.transaction(async (tx) => {
		const [page] = await tx
			.select({ parentId: pages.parentId })
			.from(pages)
			.where(and(eq(pages.officeId, ctx.officeId), eq(pages.id, options.id)));
		if (!page) throw new AppError('not_found', 'error.404.text');
		const siblings = (
			await tx
				.select({ id: pages.id, title: pages.title, sortOrder: pages.sortOrder })
				.from(pages)
				.where(
					and(
						eq(pages.officeId, ctx.officeId),
						page.parentId ? eq(pages.parentId, page.parentId) : isNull(pages.parentId)
					)
				)
				.for('update')
		).sort(compareMenuOrder);
		const from = siblings.findIndex((sibling) => sibling.id === options.id);
		const to = options.direction === 'up' ? from - 1 : from + 1;
		if (to < 0 || to >= siblings.length) return;
		[siblings[from], siblings[to]] = [siblings[to], siblings[from]];
		for (const [index, sibling] of siblings.entries()) {
			if (sibling.sortOrder !== index) {
				await tx.update(pages).set({ sortOrder: index }).where(eq(pages.id, sibling.id));
			}
		}
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'pages.moved',
			entityType: 'page',
			entityId: options.id,
			details: { direction: options.direction, position: to + 1 }
		});
	});
}
