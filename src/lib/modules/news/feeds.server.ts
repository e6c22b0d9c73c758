// RSS 2.0 and Atom feeds of the public news, one per locale: texts in that locale's script (or in
// English where the article has English), links into that locale's pages.
import { convertHtmlText, toScript } from '../../i18n/script.ts';
import { localizePath, scriptForLocale, type Locale } from '../../i18n/locale.ts';
import type { NewsArticleForDisplay } from './queries.server.ts';
import { absoluteUrlsInHtml } from '../../server/html.ts';

export interface FeedOptions {
	locale: Locale;
	/** Scheme and host, e.g. https://mladi.ivanjica.rs: feeds need absolute addresses. */
	origin: string;
	title: string;
	description: string;
	officeName: string;
	keepLatin: readonly string[];
	items: NewsArticleForDisplay[];
}

interface FeedEntry {
	id: string;
	url: string;
	title: string;
	summary: string;
	html: string;
	category: string | null;
	tags: string[];
	published: Date;
	updated: Date;
	imageUrl: string | null;
	imageType: string | null;
}

function escapeXml(text: string): string {
	return (
		text
			.replace(/&/g, '&amp;')
			.replace(/</g, '&lt;')
			.replace(/>/g, '&gt;')
			.replace(/"/g, '&quot;')
			// Characters XML 1.0 forbids (control characters pasted from other programs) would break every reader.
			// eslint-disable-next-line no-control-regex
			.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
	);
}

/** Site paths in article HTML (images, internal links) made absolute, as feed readers need. */
function absolutise(html: string, origin: string): string {
	return absoluteUrlsInHtml(html, origin);
}

function entriesOf(options: FeedOptions): FeedEntry[] {
	const script = scriptForLocale(options.locale);
	const text = (value: string) => toScript(value, script, { keepLatin: options.keepLatin });
	const english = options.locale === 'en';
	return options.items.map((item) => {
		const body =
			english && item.bodyEn ? item.bodyEn : convertHtmlText(item.body, script, { keepLatin: options.keepLatin });
		const cover = item.cover?.share ?? null;
		const coverHtml =
			item.cover && cover
				? `<p><img src="${cover.url}" alt="${escapeXml(english && item.cover.altEn ? item.cover.altEn : text(item.cover.alt))}" width="${cover.width}" height="${cover.height}"></p>`
				: '';
		return {
			id: `urn:uuid:${item.id}`,
			url: options.origin + localizePath(`/news/${item.slug}`, options.locale),
			title: english && item.titleEn ? item.titleEn : text(item.title),
			summary: english && item.summaryEn ? item.summaryEn : text(item.summary),
			html: absolutise(coverHtml + body, options.origin),
			category: item.category
				? english && item.category.nameEn
					? item.category.nameEn
					: text(item.category.name)
				: null,
			tags: item.tags.map(text),
			published: item.publishedAt,
			updated: item.updatedAt > item.publishedAt ? item.updatedAt : item.publishedAt,
			imageUrl: cover ? options.origin + cover.url : null,
			imageType: cover ? 'image/jpeg' : null
		};
	});
}

function newestOf(entries: FeedEntry[]): Date {
	return entries.reduce((latest, entry) => (entry.updated > latest ? entry.updated : latest), new Date(0));
}

/** The news as an RSS 2.0 document. */
export function buildRssFeed(options: FeedOptions): string {
	const entries = entriesOf(options);
	const listUrl = options.origin + localizePath('/news', options.locale);
	const selfUrl = options.origin + localizePath('/news/rss.xml', options.locale);
	const items = entries.map((entry) =>
		[
			'<item>',
			`<title>${escapeXml(entry.title)}</title>`,
			`<link>${escapeXml(entry.url)}</link>`,
			`<guid isPermaLink="false">${entry.id}</guid>`,
			`<pubDate>${entry.published.toUTCString()}</pubDate>`,
			entry.summary ? `<description>${escapeXml(entry.summary)}</description>` : '',
			`<content:encoded>${escapeXml(entry.html)}</content:encoded>`,
			entry.category ? `<category>${escapeXml(entry.category)}</category>` : '',
			...entry.tags.map((tag) => `<category>${escapeXml(tag)}</category>`),
			'</item>'
		]
			.filter(Boolean)
			.join('')
	);
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
		'<channel>',
		`<title>${escapeXml(options.title)}</title>`,
		`<link>${escapeXml(listUrl)}</link>`,
		`<description>${escapeXml(options.description)}</description>`,
		`<language>${options.locale === 'en' ? 'en' : 'sr'}</language>`,
		`<lastBuildDate>${newestOf(entries).toUTCString()}</lastBuildDate>`,
		`<atom:link href="${escapeXml(selfUrl)}" rel="self" type="application/rss+xml"/>`,
		...items,
		'</channel>',
		'</rss>'
	].join('\n');
}

/** The news as an Atom document. */
export function buildAtomFeed(options: FeedOptions): string {
	const entries = entriesOf(options);
	const listUrl = options.origin + localizePath('/news', options.locale);
	const selfUrl = options.origin + localizePath('/news/atom.xml', options.locale);
	const entryXml = entries.map((entry) =>
		[
			'<entry>',
			`<id>${entry.id}</id>`,
			`<title>${escapeXml(entry.title)}</title>`,
			`<link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
			`<published>${entry.published.toISOString()}</published>`,
			`<updated>${entry.updated.toISOString()}</updated>`,
			entry.summary ? `<summary>${escapeXml(entry.summary)}</summary>` : '',
			`<content type="html">${escapeXml(entry.html)}</content>`,
			entry.category ? `<category term="${escapeXml(entry.category)}"/>` : '',
			...entry.tags.map((tag) => `<category term="${escapeXml(tag)}"/>`),
			entry.imageUrl ? `<link rel="enclosure" type="${entry.imageType}" href="${escapeXml(entry.imageUrl)}"/>` : '',
			'</entry>'
		]
			.filter(Boolean)
			.join('')
	);
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${options.locale}">`,
		`<id>${escapeXml(listUrl)}</id>`,
		`<title>${escapeXml(options.title)}</title>`,
		`<subtitle>${escapeXml(options.description)}</subtitle>`,
		`<updated>${newestOf(entries).toISOString()}</updated>`,
		`<link rel="self" type="application/atom+xml" href="${escapeXml(selfUrl)}"/>`,
		`<link rel="alternate" type="text/html" href="${escapeXml(listUrl)}"/>`,
		`<author><name>${escapeXml(options.officeName)}</name></author>`,
		...entryXml,
		'</feed>'
	].join('\n');
}
