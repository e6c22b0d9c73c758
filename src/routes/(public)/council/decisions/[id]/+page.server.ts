import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { getPublicDecision } from '#lib/modules/council/queries.server.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	if (!locals.office) error(404, 'error.404.text');
	const { db } = await getRuntime();
	const decision = await getPublicDecision(db, locals.office.id, params.id);
	if (!decision) error(404, 'error.404.text');
	return { decision };
};
