import type { PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { requirePublicPlan } from '#lib/modules/action-plan/public-page.server.ts';
import { listPlanRevisions } from '#lib/modules/action-plan/queries.server.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { db } = await getRuntime();
	const tree = await requirePublicPlan(db, locals.office?.id, params.slug);
	const revisions = await listPlanRevisions(db, locals.office!.id, tree.plan.id);
	return {
		plan: tree.plan,
		// Who made a change stays in the audit log; the public sees what and why.
		revisions: revisions.map(({ id, reason, changes, at }) => ({ id, reason, changes, at }))
	};
};
