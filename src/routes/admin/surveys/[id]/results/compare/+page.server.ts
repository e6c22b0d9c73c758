import type { PageServerLoad } from './$types';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { requireSurveyForAnalysis } from '#lib/modules/surveys/analysis/staff-reads.server.ts';
import { compareYears, listSurveysOfOtherYears } from '#lib/modules/surveys/analysis/queries.server.ts';
import { requireAccess } from '#lib/server/actor.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireAccess(locals.actor);
	try {
		const ctx = await contextFor(locals);
		const survey = await requireSurveyForAnalysis(ctx, params.id);
		const others = await listSurveysOfOtherYears(ctx.db, ctx.officeId, survey);
		const chosen = others.find((entry) => entry.id === url.searchParams.get('with')) ?? others[others.length - 1];
		const comparison = chosen ? await compareYears(ctx.db, ctx.officeId, survey, chosen.id) : null;
		return { others, chosenId: chosen?.id ?? null, comparisons: comparison?.comparisons ?? [] };
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
