import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { contextFor } from '#lib/server/request-context.ts';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { listRecentMedia, toPickerImage } from '#lib/modules/media/queries.server.ts';
import { requireAccess } from '#lib/server/actor.ts';

/**
 * The most recent images as JSON, for the rich text editor's image picker. Layouts do not guard
 * endpoints, so the query's own permission check is what keeps this to staff.
 */
export const GET: RequestHandler = async ({ locals, url }) => {
	requireAccess(locals.actor);
	try {
		const limit = Number(url.searchParams.get('limit')) || 24;
		const images = await listRecentMedia(await contextFor(locals), limit);
		return json({ items: images.map(toPickerImage) }, { headers: { 'cache-control': 'private, no-store' } });
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
