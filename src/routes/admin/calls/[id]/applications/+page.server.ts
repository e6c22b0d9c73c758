import type { PageServerLoad } from './$types';
import { requireAccess } from '#lib/server/actor.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { listApplicationsForStaff } from '#lib/modules/calls/queries.server.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	requireAccess(locals.actor);
	try {
		return await listApplicationsForStaff(await contextFor(locals), params.id);
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
