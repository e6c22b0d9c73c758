import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { failFromError, parseForm, rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { getArticleForEdit, listArticleRevisions } from '#lib/modules/news/queries.server.ts';
import { toBelgradeDateTime } from '#lib/i18n/office-time.ts';
import { deleteArticleInput } from '#lib/modules/news/inputs.ts';
import { updateArticle } from '#lib/modules/news/commands/update-article.server.ts';
import { deleteArticle } from '#lib/modules/news/commands/delete-article.server.ts';
import { restoreArticleRevision } from '#lib/modules/news/commands/restore-article-revision.server.ts';
import { articleFormChoices, readArticleForm } from '../article-form.server.ts';
import { requireAccess } from '#lib/server/actor.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	requireAccess(locals.actor);
	try {
		const ctx = await contextFor(locals);
		const article = await getArticleForEdit(ctx, params.id);
		const [choices, revisions] = await Promise.all([
			articleFormChoices(ctx, article.coverMediaId),
			listArticleRevisions(ctx, article.id)
		]);
		return {
			article: {
				id: article.id,
				slug: article.slug,
				state: article.state,
				publishAt: article.publishAt,
				values: {
					title: article.title,
					titleEn: article.titleEn,
					slug: article.slug,
					summary: article.summary,
					summaryEn: article.summaryEn,
					body: article.body,
					bodyEn: article.bodyEn,
					categoryId: article.categoryId ?? '',
					coverMediaId: article.coverMediaId ?? '',
					tags: article.tags.join(', '),
					status: article.status,
					publishAt: toBelgradeDateTime(article.publishAt)
				}
			},
			revisions,
			...choices
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	save: async ({ request, locals, params, cookies }) => {
		requireAccess(locals.actor);
		const ctx = await contextFor(locals);
		const read = await readArticleForm(ctx, await request.formData());
		if (!read.ok) return read.failure;
		try {
			await updateArticle(ctx, { articleId: params.id, ...read.input });
		} catch (caught) {
			return failFromError(caught, read.values);
		}
		// A fresh page shows the saved state, the new revision and the cleaned text.
		setFlash(cookies, 'common.saved');
		redirect(303, localizePath(`/admin/news/${params.id}`, locals.locale));
	},
	restore: async ({ request, locals, params, cookies }) => {
		requireAccess(locals.actor);
		const revisionId = String((await request.formData()).get('revisionId') ?? '');
		try {
			await restoreArticleRevision(await contextFor(locals), { articleId: params.id, revisionId });
		} catch (caught) {
			return failFromError(caught, {});
		}
		setFlash(cookies, 'news.revisions.restored');
		redirect(303, localizePath(`/admin/news/${params.id}`, locals.locale));
	},
	delete: async ({ request, locals, params, cookies }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(deleteArticleInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await deleteArticle(await contextFor(locals), { articleId: params.id });
		} catch (caught) {
			return failFromError(caught, {});
		}
		setFlash(cookies, 'news.admin.deleted');
		redirect(303, localizePath('/admin/news', locals.locale));
	}
};
