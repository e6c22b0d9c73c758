import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { getMediaForDisplay } from '#lib/modules/media/queries.server.ts';
import { getPublicEvent } from '#lib/modules/events/queries.server.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { db } = await getRuntime();
	const event = locals.office ? await getPublicEvent(db, locals.office.id, params.slug) : null;
	if (!event) error(404, 'error.404.text');
	const cover = event.coverMediaId
		? ((await getMediaForDisplay(db, locals.office!.id, [event.coverMediaId])).get(event.coverMediaId) ?? null)
		: null;
	return { event, cover, municipality: locals.office!.municipality };
};
