import { error } from '@sveltejs/kit';
import { publicBaseUrl } from '#lib/server/links.ts';
import type { RequestHandler } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { councilCalendar } from '#lib/modules/council/feeds.server.ts';

/** The public bodies' sessions as a subscribable calendar. */
export const GET: RequestHandler = async ({ locals }) => {
	if (!locals.office) error(404, 'error.404.text');
	const { db } = await getRuntime();
	const body = await councilCalendar(db, locals.office, {
		locale: locals.locale,
		origin: publicBaseUrl(locals.office)
	});
	return new Response(body, {
		headers: { 'content-type': 'text/calendar; charset=utf-8', 'cache-control': 'public, max-age=300' }
	});
};
