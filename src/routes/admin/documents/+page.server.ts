import type { PageServerLoad } from './$types';
import { contextFor } from '#lib/server/request-context.ts';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { listDocumentsForAdmin } from '#lib/modules/documents/queries.server.ts';
import { requireAccess } from '#lib/server/actor.ts';

export const load: PageServerLoad = async ({ locals }) => {
	requireAccess(locals.actor);
	try {
		return { documents: await listDocumentsForAdmin(await contextFor(locals)) };
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
