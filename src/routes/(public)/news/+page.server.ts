import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { listNewsCategories, listPublishedNews } from '#lib/modules/news/queries.server.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	if (!locals.office) error(404, 'error.404.text');
	const { db } = await getRuntime();
	const pageParam = url.searchParams.get('page') ?? '1';
	const page = /^\d{1,5}$/.test(pageParam) ? Number(pageParam) : 0;
	const categorySlug = url.searchParams.get('category') || null;
	if (page < 1) error(404, 'error.404.text');
	const [list, categories] = await Promise.all([
		listPublishedNews(db, locals.office.id, { page, categorySlug }),
		listNewsCategories(db, locals.office.id)
	]);
	if (!list.categoryFound || (page > list.pages && list.total > 0)) error(404, 'error.404.text');
	return {
		...list,
		categories,
		category: categories.find((category) => category.slug === categorySlug) ?? null
	};
};
