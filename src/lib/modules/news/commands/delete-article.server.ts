import { and, eq } from 'drizzle-orm';
import { newsArticles } from '../schema.ts';
import { recordAudit } from '../../../server/audit.ts';
import { AppError } from '../../../server/errors.ts';
import { isUuid } from '../../../server/ids.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { canEditNews } from '../permissions.server.ts';

/** Deletes an article with its revisions (the cover image stays in the media library). */
export async function deleteArticle(ctx: Context, options: { articleId: string }): Promise<void> {
	authorize(ctx.actor, canEditNews(ctx.actor));
	const actor = ctx.actor;
	if (!isUuid(options.articleId)) throw new AppError('not_found', 'error.404.text');
	await ctx.db.transaction(async (tx) => {
		const [deleted] = await tx
			.delete(newsArticles)
			.where(and(eq(newsArticles.officeId, ctx.officeId), eq(newsArticles.id, options.articleId)))
			.returning({ slug: newsArticles.slug, title: newsArticles.title });
		if (!deleted) throw new AppError('not_found', 'error.404.text');
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'news.article_deleted',
			entityType: 'news_article',
			entityId: options.articleId,
			details: { slug: deleted.slug, title: deleted.title }
		});
	});
}
