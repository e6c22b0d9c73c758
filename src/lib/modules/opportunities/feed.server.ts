import { Feed } from 'feed';
import { createI18n, type MessageKey } from '../../i18n/index.ts';
import { localizePath, type Locale } from '../../i18n/locale.ts';
import type { listOpportunitiesForFeed } from './queries.server.ts';
import { absoluteUrlsInHtml } from '../../server/html.ts';
import type { FeedOpportunity } from '../../server/manifest.ts';

type FeedItem = Awaited<ReturnType<typeof listOpportunitiesForFeed>>[number];

export interface OpportunityFeedOptions {
	items: readonly FeedItem[];
	/** What other modules add through their `opportunityFeed` hook (funding calls taking applications). */
	others?: readonly FeedOpportunity[];
	locale: Locale;
	/** The site's address, e.g. https://mladi.ivanjica.rs, without a trailing slash. */
	origin: string;
	officeName: string;
	keepLatin: readonly string[];
}

/** The opportunities feed in the reader's language and script; English items without English text fall back to Latin. */
export function buildOpportunityFeed(options: OpportunityFeedOptions): Feed {
	const { locale, origin } = options;
	const i18n = createI18n(locale, options.keepLatin);
	const english = locale === 'en';
	const absolute = (path: string) => origin + localizePath(path, locale);
	const office = i18n.text(options.officeName);
	const feed = new Feed({
		id: absolute('/opportunities'),
		link: absolute('/opportunities'),
		title: i18n.t('opportunities.feed.title', { office }),
		description: i18n.t('opportunities.feed.description'),
		language: locale,
		updated: [...options.items, ...(options.others ?? [])].reduce<Date | undefined>(
			(latest, item) => (!latest || item.updatedAt > latest ? item.updatedAt : latest),
			undefined
		),
		generator: false,
		copyright: office,
		feedLinks: { rss: absolute('/opportunities/rss.xml'), atom: absolute('/opportunities/atom.xml') },
		author: { name: office, link: absolute('/') }
	});
	for (const item of options.items) {
		const title = english && item.titleEn ? item.titleEn : i18n.text(item.title);
		const summary = english && item.summaryEn ? item.summaryEn : i18n.text(item.summary);
		const deadline = item.deadline
			? i18n.t('opportunities.feed.deadline', {
					date: i18n.formatDate(item.deadline, { dateStyle: 'long', timeStyle: 'short' })
				})
			: i18n.t('opportunities.public.noDeadline');
		// Images and links inside the text need the site's address in a feed reader.
		const body = absoluteUrlsInHtml(english && item.bodyEn ? item.bodyEn : i18n.html(item.body), origin);
		const link = absolute(item.path);
		feed.addItem({
			id: link,
			link,
			title,
			description: [summary, deadline].filter(Boolean).join(' — '),
			content: body || undefined,
			date: item.publishedAt,
			published: item.publishedAt,
			category: [{ name: i18n.t(`opportunities.type.${item.type}`), term: item.type }]
		});
	}
	for (const item of options.others ?? []) {
		const link = absolute(item.path);
		const deadline = item.deadline
			? i18n.t('opportunities.feed.deadline', {
					date: i18n.formatDate(item.deadline, { dateStyle: 'long', timeStyle: 'short' })
				})
			: '';
		feed.addItem({
			id: link,
			link,
			title: english && item.titleEn ? item.titleEn : i18n.text(item.title),
			description: [english && item.summaryEn ? item.summaryEn : i18n.text(item.summary), deadline]
				.filter(Boolean)
				.join(' — '),
			date: item.publishedAt,
			published: item.publishedAt,
			category: [{ name: i18n.t(item.kindKey as MessageKey), term: item.term }]
		});
	}
	return feed;
}
