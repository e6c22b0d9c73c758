import type { PageServerLoad } from './$types';
import { contextFor } from '#lib/server/request-context.ts';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { listProgrammesForAdmin } from '#lib/modules/events/queries.server.ts';
import { requireAccess } from '#lib/server/actor.ts';

export const load: PageServerLoad = async ({ locals }) => {
	requireAccess(locals.actor);
	try {
		return { programmes: await listProgrammesForAdmin(await contextFor(locals)) };
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
