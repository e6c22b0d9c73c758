import type { Actions, PageServerLoad } from './$types';
import {
	loadOrganiserOpportunity,
	organiserOpportunityActions
} from '#lib/modules/volunteering/organiser-pages.server.ts';

export const load: PageServerLoad = (event) => loadOrganiserOpportunity(event);

export const actions: Actions = organiserOpportunityActions();
