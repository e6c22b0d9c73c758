import { requireAccess } from '#lib/server/actor.ts';
import type { PageServerLoad } from './$types';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { instantToBelgrade } from '#lib/i18n/office-time.ts';
import { getStatisticsReport } from '#lib/modules/attendance/queries.server.ts';
import { readStatisticsFilter } from '#lib/modules/attendance/inputs.ts';
import { canEditAttendanceSettings } from '#lib/modules/attendance/permissions.server.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireAccess(locals.actor);
	try {
		const filter = readStatisticsFilter(url.searchParams, instantToBelgrade(new Date()).date);
		return {
			report: await getStatisticsReport(await contextFor(locals), filter),
			canEditSettings: canEditAttendanceSettings(locals.actor)
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
