import type { PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { listPublishedAnnualReports } from '#lib/modules/reports/annual.server.ts';

/** The annual reports the office has published, as they were submitted. */
export const load: PageServerLoad = async ({ locals }) => {
	const { db } = await getRuntime();
	return { reports: locals.office ? await listPublishedAnnualReports(db, locals.office.id) : [] };
};
