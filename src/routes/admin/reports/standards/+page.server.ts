import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireAccess } from '#lib/server/actor.ts';
import { failFromError, parseForm, rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { instantToBelgrade } from '#lib/i18n/office-time.ts';
import { canManageWorkStandards } from '#lib/modules/reports/permissions.server.ts';
import { getStandardsAssessment } from '#lib/modules/reports/standards.server.ts';
import { rateWorkStandardInput, readReportYear } from '#lib/modules/reports/inputs.ts';
import { reportYears } from '#lib/modules/reports/annual.ts';
import { adoptDefaultWorkStandards } from '#lib/modules/reports/commands/keep-work-standards.server.ts';
import { rateWorkStandard } from '#lib/modules/reports/commands/rate-work-standard.server.ts';

/** The year in the address, or this year (Belgrade) when none or not a year. */
function yearOf(url: URL): number {
	const thisYear = Number(instantToBelgrade(new Date()).date.slice(0, 4));
	const year = readReportYear(url.searchParams.get('year') ?? '');
	return year !== null && year <= thisYear + 1 ? year : thisYear;
}

export const load: PageServerLoad = async ({ locals, url }) => {
	requireAccess(locals.actor, canManageWorkStandards);
	const year = yearOf(url);
	try {
		return {
			assessment: await getStandardsAssessment(await contextFor(locals), year),
			years: reportYears(Number(instantToBelgrade(new Date()).date.slice(0, 4)))
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	start: async ({ locals, url, cookies }) => {
		requireAccess(locals.actor, canManageWorkStandards);
		try {
			await adoptDefaultWorkStandards(await contextFor(locals));
		} catch (caught) {
			return failFromError(caught, {});
		}
		setFlash(cookies, 'reports.standards.startedNotice');
		redirect(303, localizePath(`/admin/reports/standards?year=${yearOf(url)}`, locals.locale));
	},
	rate: async ({ request, locals, url, cookies }) => {
		requireAccess(locals.actor, canManageWorkStandards);
		const year = yearOf(url);
		const parsed = parseForm(rateWorkStandardInput, await request.formData(), ['evidence']);
		if (!parsed.ok) return parsed.failure;
		try {
			await rateWorkStandard(await contextFor(locals), {
				year,
				indicatorId: parsed.data.indicatorId,
				rating: parsed.data.rating,
				comment: parsed.data.comment,
				improvement: parsed.data.improvement,
				activityId: parsed.data.activityId || null,
				evidenceKeys: parsed.data.evidence
			});
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'reports.standards.ratedNotice');
		redirect(
			303,
			localizePath(`/admin/reports/standards?year=${year}#indicator-${parsed.data.indicatorId}`, locals.locale)
		);
	}
};
