import type { PageServerLoad } from './$types';
import { contextFor } from '#lib/server/request-context.ts';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { listDuplicatePairsForAdmin } from '#lib/modules/organisations/queries.server.ts';

export const load: PageServerLoad = async ({ locals }) => {
	try {
		return { pairs: await listDuplicatePairsForAdmin(await contextFor(locals)) };
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
