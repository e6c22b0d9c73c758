import { redirect } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';
import { requireAccess } from '#lib/server/actor.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { adminNavigationFor } from '#lib/modules/registry.server.ts';

export const load: LayoutServerLoad = async ({ locals, url }) => {
	if (!locals.actor) {
		redirect(303, localizePath(`/sign-in?next=${encodeURIComponent(url.pathname + url.search)}`, locals.locale));
	}
	requireAccess(locals.actor);
	return { adminNav: adminNavigationFor(locals.actor) };
};
