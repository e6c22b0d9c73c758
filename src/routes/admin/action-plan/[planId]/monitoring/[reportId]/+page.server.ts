import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { failFromError, parseForm, rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { setFlash } from '#lib/server/flash.ts';
import { authorize, requireAccess } from '#lib/server/actor.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { canEditActionPlan } from '#lib/modules/action-plan/permissions.server.ts';
import { getMonitoringReport, getPlanTree } from '#lib/modules/action-plan/queries.server.ts';
import { monitoringEntryInput, monitoringSummaryInput, submitReportInput } from '#lib/modules/action-plan/inputs.ts';
import { parseEntries } from '#lib/modules/action-plan/form.server.ts';
import {
	saveMonitoringReport,
	submitMonitoringReport,
	type MonitoringSnapshot
} from '#lib/modules/action-plan/commands/monitoring-report.server.ts';
import * as v from 'valibot';

export const load: PageServerLoad = async ({ locals, params }) => {
	requireAccess(locals.actor);
	try {
		authorize(locals.actor, canEditActionPlan(locals.actor));
		const ctx = await contextFor(locals);
		const report = await getMonitoringReport(ctx.db, ctx.officeId, params.reportId);
		if (!report || report.planId !== params.planId) error(404, 'error.404.text');
		const tree = await getPlanTree(ctx.db, ctx.officeId, report.planId);
		if (!tree) error(404, 'error.404.text');
		return {
			plan: { id: tree.plan.id, title: tree.plan.title },
			report: {
				id: report.id,
				year: report.year,
				status: report.status,
				summary: report.summary,
				summaryEn: report.summaryEn,
				entries: report.entries,
				submittedAt: report.submittedAt,
				snapshot: report.status === 'submitted' ? (report.snapshot as unknown as MonitoringSnapshot) : null
			},
			// While a draft, the report is written against the plan as it stands.
			areas: report.status === 'draft' ? tree.areas : []
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	save: async ({ request, locals, params, cookies }) => {
		requireAccess(locals.actor);
		const formData = await request.formData();
		const entries = parseEntries(monitoringEntryInput, formData);
		const summary = v.safeParse(monitoringSummaryInput, entries.values);
		if (!entries.ok || !summary.success)
			return fail(400, {
				values: entries.values,
				errors: entries.ok ? { summary: 'validation.tooLong' } : entries.errors,
				message: 'common.formHasErrors'
			});
		try {
			await saveMonitoringReport(await contextFor(locals), {
				reportId: params.reportId,
				summary: summary.output,
				entries: entries.data
			});
		} catch (caught) {
			return failFromError(caught, entries.values);
		}
		setFlash(cookies, 'common.saved');
		redirect(303, localizePath(`/admin/action-plan/${params.planId}/monitoring/${params.reportId}`, locals.locale));
	},
	submit: async ({ request, locals, params, cookies }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(submitReportInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await submitMonitoringReport(await contextFor(locals), { reportId: params.reportId });
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'plan.monitoring.submitted');
		redirect(303, localizePath(`/admin/action-plan/${params.planId}/monitoring/${params.reportId}`, locals.locale));
	}
};
