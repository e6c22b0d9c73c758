import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { requirePublicPlan } from '#lib/modules/action-plan/public-page.server.ts';
import { listPublicEvidence } from '#lib/modules/action-plan/queries.server.ts';
import { loadPlanGrants } from '#lib/modules/action-plan/plan-grants.server.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { db } = await getRuntime();
	const tree = await requirePublicPlan(db, locals.office?.id, params.slug);
	for (const area of tree.areas)
		for (const goal of area.goals)
			for (const measure of goal.measures)
				if (measure.id === params.measureId)
					return {
						plan: tree.plan,
						area: { name: area.name, nameEn: area.nameEn },
						goal: { title: goal.title, titleEn: goal.titleEn },
						measure,
						evidence: await listPublicEvidence(db, locals.office!.id, measure.eventIds),
						grants: await loadPlanGrants(db, locals.office!.id, [measure.id])
					};
	error(404, 'error.404.text');
};
