import { and, eq } from 'drizzle-orm';
import { newsCategories } from '../schema.ts';
import { recordAudit } from '../../../server/audit.ts';
import { AppError } from '../../../server/errors.ts';
import { isUuid } from '../../../server/ids.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { canManageNewsCategories } from '../permissions.server.ts';

/** Deletes a category; its articles stay, without a category. */
export async function deleteCategory(ctx: Context, options: { categoryId: string }): Promise<void> {
	authorize(ctx.actor, canManageNewsCategories(ctx.actor));
	const actor = ctx.actor;
	if (!isUuid(options.categoryId)) throw new AppError('not_found', 'error.404.text');
	await ctx.db.transaction(async (tx) => {
		const [deleted] = await tx
			.delete(newsCategories)
			.where(and(eq(newsCategories.officeId, ctx.officeId), eq(newsCategories.id, options.categoryId)))
			.returning({ slug: newsCategories.slug, name: newsCategories.name });
		if (!deleted) throw new AppError('not_found', 'error.404.text');
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'news.category_deleted',
			entityType: 'news_category',
			entityId: options.categoryId,
			details: { slug: deleted.slug, name: deleted.name }
		});
	});
}
