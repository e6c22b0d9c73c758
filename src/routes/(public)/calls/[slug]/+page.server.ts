import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { getPublicCall } from '#lib/modules/calls/queries.server.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const now = new Date();
	const { db } = await getRuntime();
	const call = locals.office ? await getPublicCall(db, locals.office.id, params.slug, now) : null;
	if (!call) error(404, 'error.404.text');
	return { call, now, origin: url.origin };
};
