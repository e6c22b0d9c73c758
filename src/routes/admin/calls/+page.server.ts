import type { PageServerLoad } from './$types';
import { requireAccess } from '#lib/server/actor.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { listCallsForAdmin } from '#lib/modules/calls/queries.server.ts';

export const load: PageServerLoad = async ({ locals }) => {
	requireAccess(locals.actor);
	try {
		return { calls: await listCallsForAdmin(await contextFor(locals)) };
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
