import type { PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { listOpenSurveys } from '#lib/modules/surveys/queries.server.ts';
import { listPublishedResearch } from '#lib/modules/surveys/analysis/research-queries.server.ts';

export const load: PageServerLoad = async ({ locals }) => {
	const { db } = await getRuntime();
	if (!locals.office) return { surveys: [], research: { summaries: [], results: [] } };
	const [surveys, research] = await Promise.all([
		listOpenSurveys(db, locals.office.id, new Date()),
		listPublishedResearch(db, locals.office.id)
	]);
	return { surveys, research };
};
