import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { failFromError, rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { setFlash } from '#lib/server/flash.ts';
import { authorize, requireAccess } from '#lib/server/actor.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { canEditNews } from '#lib/modules/news/permissions.server.ts';
import { createArticle } from '#lib/modules/news/commands/create-article.server.ts';
import { articleFormChoices, readArticleForm } from '../article-form.server.ts';

export const load: PageServerLoad = async ({ locals }) => {
	requireAccess(locals.actor);
	try {
		authorize(locals.actor, canEditNews(locals.actor));
		return await articleFormChoices(await contextFor(locals));
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	default: async ({ request, locals, cookies }) => {
		requireAccess(locals.actor);
		const ctx = await contextFor(locals);
		const read = await readArticleForm(ctx, await request.formData());
		if (!read.ok) return read.failure;
		let articleId: string;
		try {
			({ articleId } = await createArticle(ctx, read.input));
		} catch (caught) {
			return failFromError(caught, read.values);
		}
		setFlash(cookies, 'news.admin.created');
		redirect(303, localizePath(`/admin/news/${articleId}`, locals.locale));
	}
};
