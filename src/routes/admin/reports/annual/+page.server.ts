import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireAccess } from '#lib/server/actor.ts';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { wallClock } from '#lib/i18n/office-time.ts';
import { canManageAnnualReport } from '#lib/modules/reports/permissions.server.ts';
import { listAnnualReports } from '#lib/modules/reports/annual.server.ts';
import { readReportYear } from '#lib/modules/reports/inputs.ts';
import { reportYears } from '#lib/modules/reports/annual.ts';

export const load: PageServerLoad = async ({ locals }) => {
	requireAccess(locals.actor, canManageAnnualReport);
	try {
		return {
			reports: await listAnnualReports(await contextFor(locals)),
			years: reportYears(wallClock(new Date()).year)
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	// Starting is opening the year's page: the report is created when it is first saved.
	default: async ({ request, locals }) => {
		requireAccess(locals.actor, canManageAnnualReport);
		const year = readReportYear(String((await request.formData()).get('year') ?? ''));
		if (year === null || !reportYears(wallClock(new Date()).year).includes(year))
			error(400, 'reports.period.problem.year');
		redirect(303, localizePath(`/admin/reports/annual/${year}`, locals.locale));
	}
};
