import type { PageServerLoad } from './$types';
import { contextFor } from '#lib/server/request-context.ts';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { adminFilterOf } from '#lib/modules/organisations/inputs.ts';
import {
	ADMIN_ORGANISATION_SORT_COLUMNS,
	listOrganisationsForAdmin
} from '#lib/modules/organisations/queries.server.ts';
import {
	LISTING_STATUSES,
	ORGANISATION_STATUSES,
	ORGANISATION_TYPES,
	WORK_AREAS
} from '#lib/modules/organisations/schema.ts';
import { requireAccess } from '#lib/server/actor.ts';
import { listSortOf } from '#lib/server/list-sort.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireAccess(locals.actor);
	const filter = adminFilterOf(url.searchParams);
	try {
		const result = await listOrganisationsForAdmin(
			await contextFor(locals),
			filter,
			listSortOf(url.searchParams, ADMIN_ORGANISATION_SORT_COLUMNS)
		);
		return {
			...result,
			filter,
			types: ORGANISATION_TYPES,
			statuses: ORGANISATION_STATUSES,
			areas: WORK_AREAS,
			listings: LISTING_STATUSES
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
