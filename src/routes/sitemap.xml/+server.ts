import type { RequestHandler } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { manifests } from '#lib/modules/registry.server.ts';
import { buildSitemapXml, collectSitemapEntries } from '#lib/server/sitemap.ts';

/** Every public address in all three locales, for search engines. */
export const GET: RequestHandler = async ({ locals, url }) => {
	const { db } = await getRuntime();
	const origin = locals.office?.publicUrl || url.origin;
	const entries = locals.office
		? await collectSitemapEntries(db, locals.office.id, manifests)
		: [{ path: '/', updatedAt: null }];
	return new Response(buildSitemapXml(origin, entries), {
		headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=600' }
	});
};
