import type { Actions, PageServerLoad } from './$types';
import { createOpportunityAction, loadNewOpportunity } from '#lib/modules/volunteering/organiser-pages.server.ts';

export const load: PageServerLoad = (event) => loadNewOpportunity(event);

export const actions: Actions = {
	default: (event) => createOpportunityAction(event, '/admin/volunteering')
};
