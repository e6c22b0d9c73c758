import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { getPublishedPage } from '#lib/modules/pages/queries.server.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { db } = await getRuntime();
	const page = locals.office ? await getPublishedPage(db, locals.office.id, params.slug) : null;
	if (!page) error(404, 'error.404.text');
	return { page: { title: page.title, body: page.body, titleEn: page.titleEn, bodyEn: page.bodyEn } };
};
