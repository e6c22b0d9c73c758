import type { Actions, PageServerLoad } from './$types';
import { checkInAction, loadCheckIn } from '#lib/modules/volunteering/organiser-pages.server.ts';

export const load: PageServerLoad = (event) => loadCheckIn(event);

export const actions: Actions = { default: (event) => checkInAction(event) };
