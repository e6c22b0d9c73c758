import { error } from '@sveltejs/kit';
import { Feed } from 'feed';
import { createI18n } from '../../i18n/index.ts';
import { localizePath } from '../../i18n/locale.ts';
import { getRuntime } from '../../server/runtime.ts';
import { publicBaseUrl } from '../../server/links.ts';
import { listPublicVolunteering } from './queries.server.ts';

/** The RSS feed of published volunteering opportunities in the request's language and script. */
export async function volunteeringFeedResponse(locals: App.Locals): Promise<Response> {
	if (!locals.office) error(404, 'error.404.text');
	const { db } = await getRuntime();
	const rows = await listPublicVolunteering(db, locals.office.id, {});
	const locale = locals.locale;
	const i18n = createI18n(locale, locals.office.keepLatin);
	const origin = publicBaseUrl(locals.office);
	const absolute = (path: string) => origin + localizePath(path, locale);
	const office = i18n.text(locals.office.name);
	const feed = new Feed({
		id: absolute('/volunteering'),
		link: absolute('/volunteering'),
		title: i18n.t('volunteering.feed.title', { office }),
		description: i18n.t('volunteering.feed.description'),
		language: locale,
		generator: false,
		copyright: office,
		feedLinks: { rss: absolute('/volunteering/rss.xml') }
	});
	const english = locale === 'en';
	for (const row of rows) {
		const link = absolute(row.path);
		feed.addItem({
			id: link,
			link,
			title: english && row.titleEn ? row.titleEn : i18n.text(row.title),
			description: english && row.summaryEn ? row.summaryEn : i18n.text(row.summary),
			date: row.publishedAt ?? row.createdAt,
			category: [{ name: i18n.t(`volunteering.category.${row.category}`), term: row.category }]
		});
	}
	return new Response(feed.rss2(), {
		headers: { 'content-type': 'application/rss+xml; charset=utf-8', 'cache-control': 'public, max-age=300' }
	});
}
