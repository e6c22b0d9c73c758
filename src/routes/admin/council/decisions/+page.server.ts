import type { Actions, PageServerLoad } from './$types';
import { parseForm, failFromError, rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { decisionStatusInput } from '#lib/modules/council/inputs.ts';
import { listDecisionsForStaff } from '#lib/modules/council/queries.server.ts';
import { listDecisionLinkChoices } from '#lib/modules/council/links.server.ts';
import { updateDecisionFollowUp } from '#lib/modules/council/commands/update-decision.server.ts';
import { requireAccess } from '#lib/server/actor.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireAccess(locals.actor);
	const overdueOnly = url.searchParams.get('overdue') === '1';
	try {
		const ctx = await contextFor(locals);
		return {
			decisions: await listDecisionsForStaff(ctx, { overdueOnly }),
			choices: await listDecisionLinkChoices(ctx.db, ctx.officeId, locals.locale),
			overdueOnly
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	followUp: async ({ request, locals }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(decisionStatusInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await updateDecisionFollowUp(await contextFor(locals), parsed.data);
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		return { savedId: parsed.data.decisionId };
	}
};
