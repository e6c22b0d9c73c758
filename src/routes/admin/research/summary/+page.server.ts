import { error, redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { localizePath } from '#lib/i18n/locale.ts';
import { requireAccess } from '#lib/server/actor.ts';

/** The year picker's GET form lands here and goes on to that year's summary. */
export const load: PageServerLoad = ({ url, locals }) => {
	requireAccess(locals.actor);
	const year = url.searchParams.get('year') ?? '';
	if (!/^\d{4}$/.test(year)) error(404, 'error.404.text');
	redirect(303, localizePath(`/admin/research/summary/${year}`, locals.locale));
};
