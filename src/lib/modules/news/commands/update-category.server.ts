import { and, eq } from 'drizzle-orm';
import { newsCategories } from '../schema.ts';
import { recordAudit } from '../../../server/audit.ts';
import { AppError } from '../../../server/errors.ts';
import { isUuid } from '../../../server/ids.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { canManageNewsCategories } from '../permissions.server.ts';
import type { CategoryInput } from '../inputs.ts';

/** Renames or reorders a category. Its address stays, so links people shared keep working. */
export async function updateCategory(ctx: Context, options: { categoryId: string } & CategoryInput): Promise<void> {
	authorize(ctx.actor, canManageNewsCategories(ctx.actor));
	const actor = ctx.actor;
	if (!isUuid(options.categoryId)) throw new AppError('not_found', 'error.404.text');
	await ctx.db.transaction(async (tx) => {
		const [updated] = await tx
			.update(newsCategories)
			.set({ name: options.name, nameEn: options.nameEn, sortOrder: options.sortOrder })
			.where(and(eq(newsCategories.officeId, ctx.officeId), eq(newsCategories.id, options.categoryId)))
			.returning({ id: newsCategories.id });
		if (!updated) throw new AppError('not_found', 'error.404.text');
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'news.category_updated',
			entityType: 'news_category',
			entityId: options.categoryId
		});
	});
}
