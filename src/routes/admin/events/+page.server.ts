import type { PageServerLoad } from './$types';
import { contextFor } from '#lib/server/request-context.ts';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { adminFilterOf } from '#lib/modules/events/inputs.ts';
import {
	ADMIN_EVENT_SORT_COLUMNS,
	ADMIN_STATUS_FILTERS,
	listEventsForAdmin,
	listProgrammes
} from '#lib/modules/events/queries.server.ts';
import { requireAccess } from '#lib/server/actor.ts';
import { listSortOf } from '#lib/server/list-sort.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireAccess(locals.actor);
	const filter = adminFilterOf(url.searchParams);
	try {
		const ctx = await contextFor(locals);
		const result = await listEventsForAdmin(ctx, filter, listSortOf(url.searchParams, ADMIN_EVENT_SORT_COLUMNS));
		return {
			...result,
			filter: { ...filter, programmeId: filter.programmeId ?? '', status: filter.status ?? '' },
			statuses: ADMIN_STATUS_FILTERS,
			programmes: (await listProgrammes(ctx.db, ctx.officeId)).map((row) => ({ id: row.id, name: row.name }))
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
