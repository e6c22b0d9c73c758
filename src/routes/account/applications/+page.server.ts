import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { contextFor } from '#lib/server/request-context.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { listMyApplications } from '#lib/modules/calls/application-queries.server.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	if (!locals.actor) redirect(303, localizePath(`/sign-in?next=${encodeURIComponent(url.pathname)}`, locals.locale));
	return { applications: await listMyApplications(await contextFor(locals)) };
};
