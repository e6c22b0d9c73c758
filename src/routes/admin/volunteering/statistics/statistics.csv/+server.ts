import type { RequestHandler } from './$types';
import { contextFor } from '#lib/server/request-context.ts';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { getVolunteeringStatistics } from '#lib/modules/volunteering/queries.server.ts';
import { statisticsCsv } from '#lib/modules/volunteering/statistics-csv.server.ts';
import { requireAccess } from '#lib/server/actor.ts';

/** The year's statistics as CSV for staff, small groups hidden; the export is audited. */
export const GET: RequestHandler = async ({ locals, url }) => {
	requireAccess(locals.actor);
	const thisYear = new Date().getFullYear();
	const asked = Number(url.searchParams.get('year'));
	const year = Number.isInteger(asked) && asked >= 2000 && asked <= thisYear ? asked : thisYear;
	try {
		const statistics = await getVolunteeringStatistics(await contextFor(locals), year, { exported: true });
		return new Response(statisticsCsv(statistics, locals.locale, locals.office?.keepLatin ?? []), {
			headers: {
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': `attachment; filename="volonterstvo-${year}.csv"`,
				'cache-control': 'private, no-store'
			}
		});
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
