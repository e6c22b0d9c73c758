import { error, redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { listOwnInitiatives } from '#lib/modules/participation/queries.server.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	if (!locals.actor) redirect(303, localizePath(`/sign-in?next=${encodeURIComponent(url.pathname)}`, locals.locale));
	if (!locals.office) error(404, 'error.404.text');
	const { db } = await getRuntime();
	return { own: await listOwnInitiatives(db, locals.office.id, locals.actor.userId) };
};
