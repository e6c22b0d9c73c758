import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { getPublicOpportunity } from '#lib/modules/opportunities/queries.server.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { db } = await getRuntime();
	const opportunity = locals.office ? await getPublicOpportunity(db, locals.office.id, params.slug) : null;
	if (!opportunity) error(404, 'error.404.text');
	return { opportunity, municipality: locals.office!.municipality };
};
