import type { Actions, PageServerLoad } from './$types';
import { checkInAction, loadCheckIn } from '#lib/modules/volunteering/organiser-pages.server.ts';
import { requireAccess } from '#lib/server/actor.ts';

export const load: PageServerLoad = (event) => {
	requireAccess(event.locals.actor);
	return loadCheckIn(event);
};

export const actions: Actions = {
	default: (event) => {
		requireAccess(event.locals.actor);
		return checkInAction(event);
	}
};
