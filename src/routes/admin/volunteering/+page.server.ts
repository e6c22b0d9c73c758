import type { PageServerLoad } from './$types';
import { loadOrganiserList } from '#lib/modules/volunteering/organiser-pages.server.ts';
import { requireAccess } from '#lib/server/actor.ts';

export const load: PageServerLoad = (event) => {
	requireAccess(event.locals.actor);
	return loadOrganiserList(event);
};
