import type { PageServerLoad } from './$types';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { requireSurveyForAnalysis } from '#lib/modules/surveys/analysis/staff-reads.server.ts';
import {
	CROSS_DEMOGRAPHICS,
	TEXT_KINDS,
	crossTabulate,
	filterFromSearchParams,
	type CrossDemographic
} from '#lib/modules/surveys/analysis/queries.server.ts';
import { requireAccess } from '#lib/server/actor.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireAccess(locals.actor);
	try {
		const ctx = await contextFor(locals);
		const survey = await requireSurveyForAnalysis(ctx, params.id);
		const filter = filterFromSearchParams(url.searchParams);
		const questionKey = url.searchParams.get('question') ?? '';
		const byParam = url.searchParams.get('by') ?? '';
		const by = (CROSS_DEMOGRAPHICS as readonly string[]).includes(byParam) ? (byParam as CrossDemographic) : null;
		const question = survey.questions.find((entry) => entry.key === questionKey) ?? null;
		const table = question && by ? await crossTabulate(ctx.db, survey, question.key, by, filter) : null;
		return {
			filter,
			questionKey: question?.key ?? '',
			by,
			notPossible: !!question && !!by && !table,
			choices: survey.questions
				.filter((entry) => !TEXT_KINDS.includes(entry.kind) && entry.kind !== 'date')
				.map((entry) => ({ key: entry.key, prompt: entry.prompt, promptEn: entry.promptEn })),
			table
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
