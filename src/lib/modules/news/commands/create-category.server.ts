import { and, eq } from 'drizzle-orm';
import { newsCategories } from '../schema.ts';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { canManageNewsCategories } from '../permissions.server.ts';
import type { CategoryInput } from '../inputs.ts';
import { slugify, uniqueSlug } from '../../../i18n/slug.ts';

/** Adds a news category; its address part comes from the name. */
export async function createCategory(
	ctx: Context,
	input: CategoryInput
): Promise<{ categoryId: string; slug: string }> {
	authorize(ctx.actor, canManageNewsCategories(ctx.actor));
	const actor = ctx.actor;
	return ctx.db.transaction(async (tx) => {
		const slug = await uniqueSlug(slugify(input.name, 'kategorija'), async (candidate) => {
			const [taken] = await tx
				.select({ id: newsCategories.id })
				.from(newsCategories)
				.where(and(eq(newsCategories.officeId, ctx.officeId), eq(newsCategories.slug, candidate)));
			return !!taken;
		});
		const [category] = await tx
			.insert(newsCategories)
			.values({ officeId: ctx.officeId, slug, name: input.name, nameEn: input.nameEn, sortOrder: input.sortOrder })
			.returning({ id: newsCategories.id });
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'news.category_created',
			entityType: 'news_category',
			entityId: category.id,
			details: { slug }
		});
		return { categoryId: category.id, slug };
	});
}
