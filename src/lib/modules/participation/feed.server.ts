// The RSS 2.0 feed of listed initiatives, in the request's locale and script.
import type { I18n, MessageKey } from '../../i18n/index.ts';
import type { InitiativeCard } from './queries.server.ts';

function escapeXml(text: string): string {
	return (
		text
			.replace(/&/g, '&amp;')
			.replace(/</g, '&lt;')
			.replace(/>/g, '&gt;')
			.replace(/"/g, '&quot;')
			// Characters XML 1.0 forbids (control characters pasted from other programs) would break every reader.
			// eslint-disable-next-line no-control-regex
			.replace(/[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
	);
}

/** The feed document: newest initiatives first, each with its status and the start of its problem. */
export function buildInitiativesRss(options: {
	i18n: I18n;
	origin: string;
	title: string;
	description: string;
	items: readonly InitiativeCard[];
}): string {
	const { i18n, origin } = options;
	const items = options.items
		.map((item) => {
			const link = `${origin}${i18n.href(`/initiatives/${item.id}`)}`;
			const status = i18n.t(`participation.status.${item.status}` as MessageKey);
			return `<item><title>${escapeXml(i18n.text(item.title))}</title><link>${escapeXml(link)}</link><guid isPermaLink="true">${escapeXml(link)}</guid>${
				item.publishedAt ? `<pubDate>${item.publishedAt.toUTCString()}</pubDate>` : ''
			}<category>${escapeXml(status)}</category><description>${escapeXml(`${status}. ${i18n.text(item.problem).slice(0, 400)}`)}</description></item>`;
		})
		.join('');
	return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${escapeXml(options.title)}</title><link>${escapeXml(
		`${origin}${i18n.href('/initiatives')}`
	)}</link><description>${escapeXml(options.description)}</description><language>${i18n.locale}</language>${items}</channel></rss>\n`;
}
