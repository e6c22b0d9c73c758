import type { PageServerLoad } from './$types';
import { contextFor } from '#lib/server/request-context.ts';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { availabilityOf, listSurveysForAdmin } from '#lib/modules/surveys/queries.server.ts';
import { requireAccess } from '#lib/server/actor.ts';

export const load: PageServerLoad = async ({ locals }) => {
	requireAccess(locals.actor);
	try {
		const now = new Date();
		const rows = await listSurveysForAdmin(await contextFor(locals));
		return { rows: rows.map((row) => ({ ...row, availability: availabilityOf(row, now) })) };
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
