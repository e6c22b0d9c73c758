import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { publicBaseUrl } from '#lib/server/links.ts';
import { getRuntime } from '#lib/server/runtime.ts';
import { createI18n } from '#lib/i18n/index.ts';
import { listRecentInitiatives } from '#lib/modules/participation/queries.server.ts';
import { buildInitiativesRss } from '#lib/modules/participation/feed.server.ts';

/** RSS 2.0 feed of the listed initiatives: /initiatives/rss.xml, /lat/…, /en/…. */
export const GET: RequestHandler = async ({ locals }) => {
	const office = locals.office;
	if (!office) error(404, 'error.404.text');
	const { db } = await getRuntime();
	const i18n = createI18n(locals.locale, office.keepLatin);
	const body = buildInitiativesRss({
		i18n,
		origin: publicBaseUrl(office),
		title: `${i18n.t('participation.initiatives.title')} · ${i18n.text(office.name)}`,
		description: i18n.t('participation.initiatives.feedDescription', { office: i18n.text(office.name) }),
		items: await listRecentInitiatives(db, office.id, 30)
	});
	return new Response(body, {
		headers: { 'content-type': 'application/rss+xml; charset=utf-8', 'cache-control': 'public, max-age=300' }
	});
};
