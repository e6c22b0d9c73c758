import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { getPublicBody } from '#lib/modules/council/queries.server.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	if (!locals.office) error(404, 'error.404.text');
	const { db } = await getRuntime();
	const page = await getPublicBody(db, locals.office.id, params.slug);
	if (!page) error(404, 'error.404.text');
	return page;
};
