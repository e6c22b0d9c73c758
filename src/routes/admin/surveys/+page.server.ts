import type { PageServerLoad } from './$types';
import { contextFor } from '#lib/server/request-context.ts';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { ADMIN_SURVEY_SORT_COLUMNS, availabilityOf, listSurveysForAdmin } from '#lib/modules/surveys/queries.server.ts';
import { requireAccess } from '#lib/server/actor.ts';
import { listSortOf } from '#lib/server/list-sort.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireAccess(locals.actor);
	try {
		const now = new Date();
		const rows = await listSurveysForAdmin(
			await contextFor(locals),
			listSortOf(url.searchParams, ADMIN_SURVEY_SORT_COLUMNS)
		);
		return { rows: rows.map((row) => ({ ...row, availability: availabilityOf(row, now) })) };
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
