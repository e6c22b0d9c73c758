import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { requireAccess } from '#lib/server/actor.ts';
import { canViewOfficeStatistics } from '#lib/modules/reports/permissions.server.ts';
import { canEditAttendanceSettings } from '#lib/modules/attendance/permissions.server.ts';
import { readStatisticsRequest } from '#lib/modules/reports/inputs.ts';
import { getOfficeStatistics } from '#lib/modules/reports/queries.server.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireAccess(locals.actor, canViewOfficeStatistics);
	// The event statistics used to live here: their old addresses (an event, or days without a period kind) move on.
	if (url.searchParams.has('event') || (url.searchParams.has('from') && !url.searchParams.has('period')))
		redirect(301, `${url.pathname.replace(/\/$/, '')}/events${url.search}`);
	const request = readStatisticsRequest(url.searchParams, new Date());
	const filter = request.ok ? request.filter : request.fallback;
	try {
		return {
			statistics: await getOfficeStatistics(await contextFor(locals), filter),
			problem: request.ok ? null : request.message,
			typed: Object.fromEntries(url.searchParams),
			canEditSettings: canEditAttendanceSettings(actor)
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
