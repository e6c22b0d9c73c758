import type { PageServerLoad } from './$types';
import { contextFor } from '#lib/server/request-context.ts';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { getVolunteeringStatistics } from '#lib/modules/volunteering/queries.server.ts';
import { requireAccess } from '#lib/server/actor.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireAccess(locals.actor);
	const thisYear = new Date().getFullYear();
	const asked = Number(url.searchParams.get('year'));
	const year = Number.isInteger(asked) && asked >= 2000 && asked <= thisYear ? asked : thisYear;
	try {
		return { statistics: await getVolunteeringStatistics(await contextFor(locals), year), thisYear };
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
