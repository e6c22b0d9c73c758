import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { contextFor } from '#lib/server/request-context.ts';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { getArticlePreview } from '#lib/modules/news/queries.server.ts';
import { requireAccess } from '#lib/server/actor.ts';

/**
 * The article as the public would see it, in the portal's own layout (the page breaks out of the
 * admin layout, so it checks the sign-in itself; the query checks the role).
 */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireAccess(locals.actor);
	if (!locals.actor) {
		redirect(303, localizePath(`/sign-in?next=${encodeURIComponent(url.pathname + url.search)}`, locals.locale));
	}
	try {
		return { article: await getArticlePreview(await contextFor(locals), params.id) };
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
