import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireAccess } from '#lib/server/actor.ts';
import { failFromError, formValues, parseForm, rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { wallClock } from '#lib/i18n/office-time.ts';
import { canManageReportTemplates, canWriteTemplateReports } from '#lib/modules/reports/permissions.server.ts';
import { getReportTemplate, listIndicatorChoices } from '#lib/modules/reports/templates.server.ts';
import {
	moveTemplateSectionInput,
	readTemplateSections,
	reportTemplateNameInput,
	startTemplateReportInput
} from '#lib/modules/reports/inputs.ts';
import {
	deleteReportTemplate,
	moveTemplateSection,
	saveReportTemplate,
	setReportTemplateArchived,
	startTemplateReport
} from '#lib/modules/reports/commands/report-templates.server.ts';
import { reportYears } from '#lib/modules/reports/annual.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const actor = requireAccess(locals.actor, canWriteTemplateReports);
	try {
		const ctx = await contextFor(locals);
		const [template, choices] = await Promise.all([getReportTemplate(ctx, params.id), listIndicatorChoices(ctx)]);
		return {
			template,
			choices,
			years: reportYears(wallClock(new Date()).year),
			canManage: canManageReportTemplates(actor)
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	save: async ({ request, locals, params, cookies }) => {
		requireAccess(locals.actor, canManageReportTemplates);
		const formData = await request.formData();
		const parsed = parseForm(reportTemplateNameInput, formData);
		const read = readTemplateSections(formData);
		// Every row's ticked figures come back as lists, so a failed save shows them still ticked.
		const values = formValues(formData, [
			...new Set([...formData.keys()].filter((name) => name.endsWith('.indicators')))
		]);
		if (!parsed.ok || Object.keys(read.errors).length > 0) {
			const errors = { ...(parsed.ok ? {} : parsed.failure.data.errors), ...read.errors };
			return fail(400, { values, errors, message: 'common.formHasErrors' });
		}
		try {
			await saveReportTemplate(await contextFor(locals), { id: params.id, ...parsed.data, sections: read.sections });
		} catch (caught) {
			return failFromError(caught, values);
		}
		setFlash(cookies, 'reports.templates.saved');
		redirect(303, localizePath(`/admin/reports/templates/${params.id}`, locals.locale));
	},
	start: async ({ request, locals, params, cookies }) => {
		requireAccess(locals.actor, canWriteTemplateReports);
		const parsed = parseForm(startTemplateReportInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		let id: string;
		try {
			id = await startTemplateReport(await contextFor(locals), { templateId: params.id, year: parsed.data.year });
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'reports.templates.started');
		redirect(303, localizePath(`/admin/reports/templates/reports/${id}`, locals.locale));
	},
	move: async ({ request, locals, params, cookies }) => {
		requireAccess(locals.actor, canManageReportTemplates);
		const parsed = parseForm(moveTemplateSectionInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await moveTemplateSection(await contextFor(locals), { id: params.id, ...parsed.data });
		} catch (caught) {
			return failFromError(caught, {});
		}
		setFlash(cookies, 'reports.templates.moved');
		redirect(303, localizePath(`/admin/reports/templates/${params.id}#sections`, locals.locale));
	},
	archive: async ({ locals, params, cookies }) => {
		requireAccess(locals.actor, canManageReportTemplates);
		try {
			await setReportTemplateArchived(await contextFor(locals), { id: params.id, archived: true });
		} catch (caught) {
			return failFromError(caught, {});
		}
		setFlash(cookies, 'reports.templates.archived');
		redirect(303, localizePath(`/admin/reports/templates/${params.id}`, locals.locale));
	},
	restore: async ({ locals, params, cookies }) => {
		requireAccess(locals.actor, canManageReportTemplates);
		try {
			await setReportTemplateArchived(await contextFor(locals), { id: params.id, archived: false });
		} catch (caught) {
			return failFromError(caught, {});
		}
		setFlash(cookies, 'reports.templates.restored');
		redirect(303, localizePath(`/admin/reports/templates/${params.id}`, locals.locale));
	},
	delete: async ({ locals, params, cookies }) => {
		requireAccess(locals.actor, canManageReportTemplates);
		try {
			await deleteReportTemplate(await contextFor(locals), { id: params.id });
		} catch (caught) {
			// Refused while reports use it: the page says so beside the offer to archive it.
			return failFromError(caught, {});
		}
		setFlash(cookies, 'reports.templates.deleted');
		redirect(303, localizePath('/admin/reports/templates', locals.locale));
	}
};
