import type { PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { loadPlanHome } from '#lib/modules/action-plan/public-page.server.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { db } = await getRuntime();
	return loadPlanHome(db, locals.office?.id, url);
};
