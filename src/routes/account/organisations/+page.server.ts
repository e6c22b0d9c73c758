import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { contextFor } from '#lib/server/request-context.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { listMyOrganisations } from '#lib/modules/organisations/self-service-queries.server.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	if (!locals.actor) redirect(303, localizePath(`/sign-in?next=${encodeURIComponent(url.pathname)}`, locals.locale));
	return { organisations: await listMyOrganisations(await contextFor(locals)) };
};
