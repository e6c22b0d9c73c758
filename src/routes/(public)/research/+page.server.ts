import type { PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { listPublishedResearch } from '#lib/modules/surveys/analysis/research-queries.server.ts';

/** Everything the office has published from its research: needs summaries and survey results. */
export const load: PageServerLoad = async ({ locals }) => {
	const { db } = await getRuntime();
	return {
		research: locals.office ? await listPublishedResearch(db, locals.office.id) : { summaries: [], results: [] }
	};
};
