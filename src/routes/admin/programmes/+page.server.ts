import type { PageServerLoad } from './$types';
import { contextFor } from '#lib/server/request-context.ts';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { ADMIN_PROGRAMME_SORT_COLUMNS, listProgrammesForAdmin } from '#lib/modules/events/queries.server.ts';
import { requireAccess } from '#lib/server/actor.ts';
import { listSortOf } from '#lib/server/list-sort.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireAccess(locals.actor);
	try {
		const sort = listSortOf(url.searchParams, ADMIN_PROGRAMME_SORT_COLUMNS);
		return { programmes: await listProgrammesForAdmin(await contextFor(locals), sort) };
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
