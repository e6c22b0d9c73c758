import type { PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { listOpenSurveys } from '#lib/modules/surveys/queries.server.ts';

export const load: PageServerLoad = async ({ locals }) => {
	const { db } = await getRuntime();
	return { surveys: locals.office ? await listOpenSurveys(db, locals.office.id, new Date()) : [] };
};
