import type { RequestHandler } from './$types';
import { publicBaseUrl } from '#lib/server/links.ts';
import { getRuntime } from '#lib/server/runtime.ts';
import { manifests } from '#lib/modules/registry.server.ts';
import { buildSitemapXml, collectSitemapEntries } from '#lib/server/sitemap.ts';

/** Every public address in all three locales, for search engines. */
export const GET: RequestHandler = async ({ locals }) => {
	const { db } = await getRuntime();
	const origin = publicBaseUrl(locals.office);
	const entries = locals.office
		? await collectSitemapEntries(db, locals.office.id, manifests)
		: [{ path: '/', updatedAt: null }];
	return new Response(buildSitemapXml(origin, entries), {
		headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=600' }
	});
};
