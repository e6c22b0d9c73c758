import { error, redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { getPublicCall } from '#lib/modules/calls/queries.server.ts';
import { listAssociationsToRepresent } from '#lib/modules/calls/application-queries.server.ts';

/** While applying: find one's association in the directory, to ask to represent it and come back to the call. */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { db } = await getRuntime();
	const call = locals.office ? await getPublicCall(db, locals.office.id, params.slug) : null;
	if (!call || call.state !== 'open' || !call.applicantTypes.some((type) => type !== 'informal_group'))
		error(404, 'error.404.text');
	if (!locals.actor)
		redirect(303, localizePath(`/sign-in?next=${encodeURIComponent(url.pathname + url.search)}`, locals.locale));
	const query = (url.searchParams.get('q') ?? '').trim().slice(0, 200);
	return {
		call: { title: call.title, titleEn: call.titleEn, path: call.path },
		query,
		associations: await listAssociationsToRepresent(await contextFor(locals), call.applicantTypes, query)
	};
};
