import { and, eq } from 'drizzle-orm';
import { newsArticles, newsRevisions } from '../schema.ts';
import { recordAudit } from '../../../server/audit.ts';
import { AppError } from '../../../server/errors.ts';
import { isUuid } from '../../../server/ids.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { getMediaForDisplay } from '../../media/queries.server.ts';
import { newsCategories } from '../schema.ts';
import { canEditNews } from '../permissions.server.ts';
import {
	changedFields,
	completeContent,
	contentOfSnapshot,
	recordRevision,
	searchTextOf
} from '../article-data.server.ts';

/**
 * Brings back the texts, cover, category and tags of an earlier version. The address, status and
 * publication time stay as they are now: restoring wording must not publish, hide or move a page.
 * The result is saved as a new revision, so the restore itself can be undone the same way.
 */
export async function restoreArticleRevision(
	ctx: Context,
	options: { articleId: string; revisionId: string }
): Promise<void> {
	authorize(ctx.actor, canEditNews(ctx.actor));
	const actor = ctx.actor;
	if (!isUuid(options.articleId) || !isUuid(options.revisionId)) throw new AppError('not_found', 'error.404.text');
	await ctx.db.transaction(async (tx) => {
		const [article] = await tx
			.select()
			.from(newsArticles)
			.where(and(eq(newsArticles.officeId, ctx.officeId), eq(newsArticles.id, options.articleId)))
			.for('update');
		const [revision] = await tx
			.select()
			.from(newsRevisions)
			.where(
				and(
					eq(newsRevisions.officeId, ctx.officeId),
					eq(newsRevisions.articleId, options.articleId),
					eq(newsRevisions.id, options.revisionId)
				)
			);
		if (!article || !revision) throw new AppError('not_found', 'error.404.text');
		const content = await completeContent(tx, ctx.officeId, contentOfSnapshot(revision.snapshot));
		// A category or image deleted since then is left out rather than pointing at nothing.
		if (content.categoryId) {
			const [category] = await tx
				.select({ id: newsCategories.id })
				.from(newsCategories)
				.where(and(eq(newsCategories.officeId, ctx.officeId), eq(newsCategories.id, content.categoryId)));
			if (!category) content.categoryId = null;
		}
		if (content.coverMediaId && !(await getMediaForDisplay(tx, ctx.officeId, [content.coverMediaId])).size)
			content.coverMediaId = null;
		const values = {
			...content,
			slug: article.slug,
			status: article.status,
			publishAt: article.publishAt,
			searchText: searchTextOf(content.body, content.bodyEn)
		};
		const changed = changedFields(article, values);
		await tx
			.update(newsArticles)
			.set({ ...values, updatedAt: new Date() })
			.where(eq(newsArticles.id, article.id));
		await recordRevision(tx, {
			articleId: article.id,
			officeId: ctx.officeId,
			actor,
			values,
			restoredFrom: revision.id
		});
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'news.revision_restored',
			entityType: 'news_article',
			entityId: article.id,
			details: { revisionId: revision.id, revisionEditedAt: revision.editedAt.toISOString(), changed }
		});
	});
}
