import type { PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { listPublishedAnnualReports } from '#lib/modules/reports/annual.server.ts';
import { listPublishedTemplateReports } from '#lib/modules/reports/templates.server.ts';

/** The annual reports and the reports made from templates the office has published, as they were submitted. */
export const load: PageServerLoad = async ({ locals }) => {
	if (!locals.office) return { reports: [], others: [] };
	const { db } = await getRuntime();
	const [reports, others] = await Promise.all([
		listPublishedAnnualReports(db, locals.office.id),
		listPublishedTemplateReports(db, locals.office.id)
	]);
	return { reports, others };
};
