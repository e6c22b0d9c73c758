import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireAccess } from '#lib/server/actor.ts';
import { failFromError, parseForm, rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { canManageAnnualReport } from '#lib/modules/reports/permissions.server.ts';
import { getAnnualReport } from '#lib/modules/reports/annual.server.ts';
import { annualReportInput, readReportYear, submitAnnualReportInput } from '#lib/modules/reports/inputs.ts';
import {
	saveAnnualReport,
	setAnnualReportPublished,
	submitAnnualReport
} from '#lib/modules/reports/commands/annual-report.server.ts';
import { ANNUAL_SECTIONS } from '#lib/modules/reports/annual.ts';

function yearOf(text: string): number {
	const year = readReportYear(text);
	if (year === null) error(404, 'error.404.text');
	return year;
}

export const load: PageServerLoad = async ({ locals, params }) => {
	requireAccess(locals.actor, canManageAnnualReport);
	try {
		return { view: await getAnnualReport(await contextFor(locals), yearOf(params.year)) };
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	save: async ({ request, locals, params, cookies }) => {
		requireAccess(locals.actor, canManageAnnualReport);
		const year = yearOf(params.year);
		const parsed = parseForm(annualReportInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await saveAnnualReport(await contextFor(locals), {
				year,
				narratives: Object.fromEntries(
					ANNUAL_SECTIONS.map((section) => [section.key, parsed.data[`narrative_${section.key}`]])
				)
			});
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'reports.annual.saved');
		redirect(303, localizePath(`/admin/reports/annual/${year}`, locals.locale));
	},
	submit: async ({ request, locals, params, cookies }) => {
		requireAccess(locals.actor, canManageAnnualReport);
		const year = yearOf(params.year);
		const parsed = parseForm(submitAnnualReportInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await submitAnnualReport(await contextFor(locals), { year });
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'reports.annual.submittedNotice');
		redirect(303, localizePath(`/admin/reports/annual/${year}`, locals.locale));
	},
	publish: async ({ request, locals, params, cookies }) => {
		requireAccess(locals.actor, canManageAnnualReport);
		const year = yearOf(params.year);
		const published = (await request.formData()).get('published') === 'yes';
		try {
			await setAnnualReportPublished(await contextFor(locals), { year, published });
		} catch (caught) {
			return failFromError(caught, {});
		}
		setFlash(cookies, published ? 'reports.annual.publishedNotice' : 'reports.annual.unpublishedNotice');
		redirect(303, localizePath(`/admin/reports/annual/${year}`, locals.locale));
	}
};
