import type { Actions, PageServerLoad } from './$types';
import { createOpportunityAction, loadNewOpportunity } from '#lib/modules/volunteering/organiser-pages.server.ts';
import { requireAccess } from '#lib/server/actor.ts';

export const load: PageServerLoad = (event) => {
	requireAccess(event.locals.actor);
	return loadNewOpportunity(event);
};

export const actions: Actions = {
	default: (event) => {
		requireAccess(event.locals.actor);
		return createOpportunityAction(event, '/admin/volunteering');
	}
};
