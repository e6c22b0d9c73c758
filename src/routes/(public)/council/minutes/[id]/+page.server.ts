import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { getPublicMinutes } from '#lib/modules/council/queries.server.ts';
import { MINUTES_FORMATS } from '#lib/modules/council/export.server.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	if (!locals.office) error(404, 'error.404.text');
	const { db } = await getRuntime();
	const minutes = await getPublicMinutes(db, locals.office.id, params.id);
	if (!minutes) error(404, 'error.404.text');
	return { ...minutes, formats: MINUTES_FORMATS };
};
