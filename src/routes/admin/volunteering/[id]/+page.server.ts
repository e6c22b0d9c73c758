import type { Actions, PageServerLoad } from './$types';
import {
	loadOrganiserOpportunity,
	organiserOpportunityActions
} from '#lib/modules/volunteering/organiser-pages.server.ts';
import { requireAccess, requireAccessForActions } from '#lib/server/actor.ts';

export const load: PageServerLoad = (event) => {
	requireAccess(event.locals.actor);
	return loadOrganiserOpportunity(event);
};

export const actions: Actions = requireAccessForActions(organiserOpportunityActions());
