import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { failFromError, parseForm, rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { setFlash } from '#lib/server/flash.ts';
import { authorize, requireAccess } from '#lib/server/actor.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { canEditActionPlan } from '#lib/modules/action-plan/permissions.server.ts';
import { getPlanTree, isPublicPlan, listPlanRevisions } from '#lib/modules/action-plan/queries.server.ts';
import { planInput } from '#lib/modules/action-plan/inputs.ts';
import { grantTotals, loadPlanGrants } from '#lib/modules/action-plan/plan-grants.server.ts';
import { updatePlan } from '#lib/modules/action-plan/commands/update-plan.server.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	requireAccess(locals.actor);
	try {
		authorize(locals.actor, canEditActionPlan(locals.actor));
		const ctx = await contextFor(locals);
		const tree = await getPlanTree(ctx.db, ctx.officeId, params.planId);
		if (!tree) error(404, 'error.404.text');
		const measureIds = tree.areas.flatMap((area) =>
			area.goals.flatMap((goal) => goal.measures.map((measure) => measure.id))
		);
		return {
			tree,
			// Money granted through funding calls for the plan's measures belongs to its budget execution.
			grants: grantTotals(await loadPlanGrants(ctx.db, ctx.officeId, measureIds)),
			isPublic: isPublicPlan(tree.plan),
			revisions: await listPlanRevisions(ctx.db, ctx.officeId, tree.plan.id)
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	plan: async ({ request, locals, params, cookies }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(planInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await updatePlan(await contextFor(locals), { planId: params.planId, input: parsed.data });
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'common.saved');
		redirect(303, localizePath(`/admin/action-plan/${params.planId}`, locals.locale));
	}
};
