import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { getPublishedArticle } from '#lib/modules/news/queries.server.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { db } = await getRuntime();
	const article = locals.office ? await getPublishedArticle(db, locals.office.id, params.slug) : null;
	if (!article) error(404, 'error.404.text');
	return { article };
};
