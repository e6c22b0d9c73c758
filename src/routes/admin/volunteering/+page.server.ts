import type { PageServerLoad } from './$types';
import { loadOrganiserList } from '#lib/modules/volunteering/organiser-pages.server.ts';

export const load: PageServerLoad = (event) => loadOrganiserList(event);
