import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireAccess } from '#lib/server/actor.ts';
import { failFromError, formValues, parseForm, rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { canManageReportTemplates, canWriteTemplateReports } from '#lib/modules/reports/permissions.server.ts';
import { getTemplateReport } from '#lib/modules/reports/templates.server.ts';
import { publishReportInput, readTemplateNarratives, submitAnnualReportInput } from '#lib/modules/reports/inputs.ts';
import {
	saveTemplateReport,
	setTemplateReportPublished,
	submitTemplateReport
} from '#lib/modules/reports/commands/report-templates.server.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const actor = requireAccess(locals.actor, canWriteTemplateReports);
	try {
		return {
			view: await getTemplateReport(await contextFor(locals), params.id),
			canSubmit: canManageReportTemplates(actor)
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	save: async ({ request, locals, params, cookies }) => {
		requireAccess(locals.actor, canWriteTemplateReports);
		const formData = await request.formData();
		const values = formValues(formData);
		try {
			const ctx = await contextFor(locals);
			const view = await getTemplateReport(ctx, params.id);
			const read = readTemplateNarratives(
				formData,
				view.sections.map((section) => section.key)
			);
			if (Object.keys(read.errors).length > 0)
				return fail(400, { values, errors: read.errors, message: 'common.formHasErrors' });
			await saveTemplateReport(ctx, { id: params.id, narratives: read.narratives });
		} catch (caught) {
			return failFromError(caught, values);
		}
		setFlash(cookies, 'reports.annual.saved');
		redirect(303, localizePath(`/admin/reports/templates/reports/${params.id}`, locals.locale));
	},
	submit: async ({ request, locals, params, cookies }) => {
		requireAccess(locals.actor, canManageReportTemplates);
		const parsed = parseForm(submitAnnualReportInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await submitTemplateReport(await contextFor(locals), { id: params.id });
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'reports.annual.submittedNotice');
		redirect(303, localizePath(`/admin/reports/templates/reports/${params.id}`, locals.locale));
	},
	publish: async ({ request, locals, params, cookies }) => {
		requireAccess(locals.actor, canManageReportTemplates);
		const parsed = parseForm(publishReportInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await setTemplateReportPublished(await contextFor(locals), { id: params.id, published: parsed.data.published });
		} catch (caught) {
			return failFromError(caught, {});
		}
		setFlash(cookies, parsed.data.published ? 'reports.annual.publishedNotice' : 'reports.annual.unpublishedNotice');
		redirect(303, localizePath(`/admin/reports/templates/reports/${params.id}`, locals.locale));
	}
};
