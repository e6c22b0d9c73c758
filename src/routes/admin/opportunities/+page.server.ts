import type { PageServerLoad } from './$types';
import { contextFor } from '#lib/server/request-context.ts';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import {
	ADMIN_OPPORTUNITY_SORT_COLUMNS,
	listOpportunitiesForAdmin
} from '#lib/modules/opportunities/queries.server.ts';
import { pageParameter } from '#lib/server/request-guard.ts';
import { requireAccess } from '#lib/server/actor.ts';
import { listSortOf } from '#lib/server/list-sort.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireAccess(locals.actor);
	const page = pageParameter(url);
	try {
		return await listOpportunitiesForAdmin(await contextFor(locals), {
			page,
			sort: listSortOf(url.searchParams, ADMIN_OPPORTUNITY_SORT_COLUMNS)
		});
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
