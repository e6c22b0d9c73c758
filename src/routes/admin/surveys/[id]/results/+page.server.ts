import type { PageServerLoad } from './$types';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { requireSurveyForAnalysis } from '#lib/modules/surveys/analysis/staff-reads.server.ts';
import { filterFromSearchParams, summarizeSurvey } from '#lib/modules/surveys/analysis/queries.server.ts';
import { requireAccess } from '#lib/server/actor.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireAccess(locals.actor);
	try {
		const ctx = await contextFor(locals);
		const survey = await requireSurveyForAnalysis(ctx, params.id);
		const filter = filterFromSearchParams(url.searchParams);
		return { survey, filter, summary: await summarizeSurvey(ctx.db, survey, filter) };
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
