import type { PageServerLoad } from './$types';
import { requireAccess } from '#lib/server/actor.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { ADMIN_CALL_SORT_COLUMNS, listCallsForAdmin } from '#lib/modules/calls/queries.server.ts';
import { listSortOf } from '#lib/server/list-sort.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireAccess(locals.actor);
	try {
		const sort = listSortOf(url.searchParams, ADMIN_CALL_SORT_COLUMNS);
		return { calls: await listCallsForAdmin(await contextFor(locals), new Date(), sort) };
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
