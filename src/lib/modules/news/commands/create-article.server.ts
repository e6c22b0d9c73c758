import { newsArticles } from '../schema.ts';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { canEditNews } from '../permissions.server.ts';
import type { ArticleInput } from '../inputs.ts';
import { prepareArticle, recordRevision } from '../article-data.server.ts';

/** Writes a new article (draft, published or scheduled) and its first revision. */
export async function createArticle(ctx: Context, input: ArticleInput): Promise<{ articleId: string; slug: string }> {
	authorize(ctx.actor, canEditNews(ctx.actor));
	const actor = ctx.actor;
	return ctx.db.transaction(async (tx) => {
		const values = await prepareArticle(tx, ctx.officeId, input, null);
		const [article] = await tx
			.insert(newsArticles)
			.values({ ...values, officeId: ctx.officeId, authorId: actor.userId })
			.returning({ id: newsArticles.id });
		await recordRevision(tx, { articleId: article.id, officeId: ctx.officeId, actor, values });
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'news.article_created',
			entityType: 'news_article',
			entityId: article.id,
			details: { slug: values.slug, status: values.status, publishAt: values.publishAt?.toISOString() ?? null }
		});
		return { articleId: article.id, slug: values.slug };
	});
}
