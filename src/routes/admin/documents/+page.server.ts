import type { PageServerLoad } from './$types';
import { contextFor } from '#lib/server/request-context.ts';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { listDocumentsForAdmin } from '#lib/modules/documents/queries.server.ts';

export const load: PageServerLoad = async ({ locals }) => {
	try {
		return { documents: await listDocumentsForAdmin(await contextFor(locals)) };
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
