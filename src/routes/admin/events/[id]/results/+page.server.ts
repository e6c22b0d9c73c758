import type { PageServerLoad } from './$types';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { getEventResults } from '#lib/modules/attendance/queries.server.ts';
import { requireAccess } from '#lib/server/actor.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	requireAccess(locals.actor);
	try {
		return { results: await getEventResults(await contextFor(locals), params.id) };
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
