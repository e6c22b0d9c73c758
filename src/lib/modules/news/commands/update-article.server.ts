import { and, eq } from 'drizzle-orm';
import { newsArticles } from '../schema.ts';
import { recordAudit } from '../../../server/audit.ts';
import { AppError } from '../../../server/errors.ts';
import { isUuid } from '../../../server/ids.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { canEditNews } from '../permissions.server.ts';
import type { ArticleInput } from '../inputs.ts';
import { changedFields, prepareArticle, recordRevision } from '../article-data.server.ts';

/** Saves changes to an article; the saved state becomes a new revision. */
export async function updateArticle(
	ctx: Context,
	options: { articleId: string } & ArticleInput
): Promise<{ slug: string; changed: string[] }> {
	authorize(ctx.actor, canEditNews(ctx.actor));
	const actor = ctx.actor;
	const { articleId, ...input } = options;
	if (!isUuid(articleId)) throw new AppError('not_found', 'error.404.text');
	return ctx.db.transaction(async (tx) => {
		const [existing] = await tx
			.select()
			.from(newsArticles)
			.where(and(eq(newsArticles.officeId, ctx.officeId), eq(newsArticles.id, articleId)))
			.for('update');
		if (!existing) throw new AppError('not_found', 'error.404.text');
		const values = await prepareArticle(tx, ctx.officeId, input, existing);
		const changed = changedFields(existing, values);
		await tx
			.update(newsArticles)
			.set({ ...values, updatedAt: new Date() })
			.where(eq(newsArticles.id, articleId));
		await recordRevision(tx, { articleId, officeId: ctx.officeId, actor, values });
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'news.article_updated',
			entityType: 'news_article',
			entityId: articleId,
			details: { changed, status: values.status, publishAt: values.publishAt?.toISOString() ?? null }
		});
		return { slug: values.slug, changed };
	});
}
