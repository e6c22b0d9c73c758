import type { PageServerLoad } from './$types';
import { contextFor } from '#lib/server/request-context.ts';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { ROLES, type Role } from '#lib/server/db/core-schema.ts';
import { ADMIN_USER_SORT_COLUMNS, listUsersForAdmin } from '#lib/modules/accounts/queries.server.ts';
import { pageParameter } from '#lib/server/request-guard.ts';
import { requireAccess } from '#lib/server/actor.ts';
import { listSortOf } from '#lib/server/list-sort.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireAccess(locals.actor);
	const search = url.searchParams.get('q') ?? '';
	const roleParam = url.searchParams.get('role') ?? '';
	const role = (ROLES as readonly string[]).includes(roleParam) ? (roleParam as Role) : undefined;
	const page = pageParameter(url);
	try {
		const result = await listUsersForAdmin(await contextFor(locals), {
			search,
			role,
			page,
			sort: listSortOf(url.searchParams, ADMIN_USER_SORT_COLUMNS)
		});
		return { ...result, search, role: role ?? '', roles: ROLES };
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
