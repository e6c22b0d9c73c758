import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireAccess } from '#lib/server/actor.ts';
import { failFromError, parseForm, rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { canManageReportTemplates, canWriteTemplateReports } from '#lib/modules/reports/permissions.server.ts';
import {
	REPORT_TEMPLATE_SORT_COLUMNS,
	TEMPLATE_REPORT_SORT_COLUMNS,
	listReportTemplates,
	listTemplateReports
} from '#lib/modules/reports/templates.server.ts';
import { listSortOf } from '#lib/server/list-sort.ts';
import { reportTemplateNameInput } from '#lib/modules/reports/inputs.ts';
import {
	addDefaultReportTemplate,
	createReportTemplate
} from '#lib/modules/reports/commands/report-templates.server.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireAccess(locals.actor, canWriteTemplateReports);
	try {
		const ctx = await contextFor(locals);
		// The page's tables have distinct sort keys, so one ?sort= orders the one whose heading was chosen.
		const [templates, reports] = await Promise.all([
			listReportTemplates(ctx, listSortOf(url.searchParams, REPORT_TEMPLATE_SORT_COLUMNS)),
			listTemplateReports(ctx, listSortOf(url.searchParams, TEMPLATE_REPORT_SORT_COLUMNS))
		]);
		return { templates, reports, canManage: canManageReportTemplates(actor) };
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	addDefault: async ({ locals, cookies }) => {
		requireAccess(locals.actor, canManageReportTemplates);
		let id: string;
		try {
			id = await addDefaultReportTemplate(await contextFor(locals));
		} catch (caught) {
			return failFromError(caught, {});
		}
		setFlash(cookies, 'reports.templates.defaultAdded');
		redirect(303, localizePath(`/admin/reports/templates/${id}`, locals.locale));
	},
	create: async ({ request, locals, cookies }) => {
		requireAccess(locals.actor, canManageReportTemplates);
		const parsed = parseForm(reportTemplateNameInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		let id: string;
		try {
			id = await createReportTemplate(await contextFor(locals), parsed.data);
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'reports.templates.created');
		redirect(303, localizePath(`/admin/reports/templates/${id}`, locals.locale));
	}
};
