import type { PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { loadPublicPlan, requirePublicPlan } from '#lib/modules/action-plan/public-page.server.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { db } = await getRuntime();
	const tree = await requirePublicPlan(db, locals.office?.id, params.slug);
	return { view: await loadPublicPlan(db, locals.office!.id, url, tree) };
};
