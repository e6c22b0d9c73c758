import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { failFromError, parseForm, rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { authorize, requireAccess } from '#lib/server/actor.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { canEditActionPlan } from '#lib/modules/action-plan/permissions.server.ts';
import { getPlanTree, listMonitoringReports } from '#lib/modules/action-plan/queries.server.ts';
import { startReportInput } from '#lib/modules/action-plan/inputs.ts';
import { startMonitoringReport } from '#lib/modules/action-plan/commands/monitoring-report.server.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	requireAccess(locals.actor);
	try {
		authorize(locals.actor, canEditActionPlan(locals.actor));
		const ctx = await contextFor(locals);
		const tree = await getPlanTree(ctx.db, ctx.officeId, params.planId);
		if (!tree) error(404, 'error.404.text');
		const reports = await listMonitoringReports(ctx.db, ctx.officeId, tree.plan.id);
		const taken = new Set(reports.map((report) => report.year));
		const years: number[] = [];
		for (let year = tree.plan.firstYear; year <= tree.plan.lastYear; year++) if (!taken.has(year)) years.push(year);
		return {
			plan: { id: tree.plan.id, title: tree.plan.title, slug: tree.plan.slug },
			reports,
			freeYears: years,
			thisYear: new Date().getFullYear()
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	start: async ({ request, locals, params }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(startReportInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		let id: string;
		try {
			({ id } = await startMonitoringReport(await contextFor(locals), {
				planId: params.planId,
				year: parsed.data.year
			}));
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		redirect(303, localizePath(`/admin/action-plan/${params.planId}/monitoring/${id}`, locals.locale));
	}
};
