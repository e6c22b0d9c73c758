// What the RSS and Atom routes share: the office's public news as a feed in the request's locale.
import { error } from '@sveltejs/kit';
import { getRuntime } from '#lib/server/runtime.ts';
import { createI18n } from '#lib/i18n/index.ts';
import { listNewsForFeed } from '#lib/modules/news/queries.server.ts';
import { buildAtomFeed, buildRssFeed } from '#lib/modules/news/feeds.server.ts';

/** The feed document and its headers; readers poll often, so it may be cached for a few minutes. */
export async function feedResponse(locals: App.Locals, origin: string, kind: 'rss' | 'atom'): Promise<Response> {
	const office = locals.office;
	if (!office) error(404, 'error.404.text');
	const { db } = await getRuntime();
	const i18n = createI18n(locals.locale, office.keepLatin);
	const officeName = i18n.text(office.name);
	const options = {
		locale: locals.locale,
		origin,
		title: `${i18n.t('news.title')} · ${officeName}`,
		description: i18n.t('news.feeds.description', { office: officeName }),
		officeName,
		keepLatin: office.keepLatin,
		items: await listNewsForFeed(db, office.id, 20)
	};
	const body = kind === 'rss' ? buildRssFeed(options) : buildAtomFeed(options);
	return new Response(body, {
		headers: {
			'content-type': kind === 'rss' ? 'application/rss+xml; charset=utf-8' : 'application/atom+xml; charset=utf-8',
			'cache-control': 'public, max-age=300'
		}
	});
}
