import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { getPublicResultsSurvey, NO_FILTER, summarizeSurvey } from '#lib/modules/surveys/analysis/queries.server.ts';
import { getPublicNeedsSummary } from '#lib/modules/surveys/analysis/research-queries.server.ts';

/** A survey's aggregated results, only when the survey makes them public; every small count hidden. */
export const load: PageServerLoad = async ({ locals, params }) => {
	const { db } = await getRuntime();
	const officeId = locals.office?.id;
	if (!officeId) error(404, 'error.404.text');
	const found = await getPublicResultsSurvey(db, officeId, params.slug);
	if (!found) error(404, 'error.404.text');
	// Open answers are never shown publicly, not even counted per theme.
	const survey = {
		...found,
		questions: found.questions.filter((question) => !['short_text', 'long_text'].includes(question.kind))
	};
	const [summary, needs] = await Promise.all([
		summarizeSurvey(db, survey, NO_FILTER),
		getPublicNeedsSummary(db, officeId, survey.year)
	]);
	return { survey, summary, needs };
};
