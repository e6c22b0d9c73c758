import { error } from '@sveltejs/kit';
import { publicBaseUrl } from '#lib/server/links.ts';
import type { RequestHandler } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { councilDecisionsRss } from '#lib/modules/council/feeds.server.ts';

/** The public decisions as RSS 2.0. */
export const GET: RequestHandler = async ({ locals }) => {
	if (!locals.office) error(404, 'error.404.text');
	const { db } = await getRuntime();
	const body = await councilDecisionsRss(db, locals.office, {
		locale: locals.locale,
		origin: publicBaseUrl(locals.office)
	});
	return new Response(body, {
		headers: { 'content-type': 'application/rss+xml; charset=utf-8', 'cache-control': 'public, max-age=300' }
	});
};
