import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { requirePublicPlan } from '#lib/modules/action-plan/public-page.server.ts';
import { getSubmittedMonitoringReport } from '#lib/modules/action-plan/queries.server.ts';
import type { MonitoringSnapshot } from '#lib/modules/action-plan/commands/monitoring-report.server.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { db } = await getRuntime();
	const tree = await requirePublicPlan(db, locals.office?.id, params.slug);
	const year = /^\d{4}$/.test(params.year) ? Number(params.year) : null;
	const report = year ? await getSubmittedMonitoringReport(db, locals.office!.id, tree.plan.id, year) : null;
	if (!report?.snapshot) error(404, 'error.404.text');
	return {
		plan: tree.plan,
		report: {
			year: report.year,
			submittedAt: report.submittedAt,
			summary: report.summary,
			summaryEn: report.summaryEn,
			snapshot: report.snapshot as unknown as MonitoringSnapshot
		}
	};
};
