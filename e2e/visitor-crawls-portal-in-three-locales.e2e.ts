// A visitor who follows every link from the home page, in each locale (issue 13): every link opens
// (no 4xx or 5xx), every page is in the locale's language and script, no English word shows on a
// Cyrillic page (typed in Latin or spelled out in Cyrillic, 13.6) unless the office keeps it in
// Latin, and every address of the sitemap is reached by following links, within two clicks of the
// home page (13.13).
import { describe, expect, inject, it } from 'vitest';
import { wrongLanguageWords } from '../src/lib/i18n/wrong-language.ts';
import { DEMO_KEEP_LATIN } from '../src/lib/modules/settings/seed.server.ts';

const base = inject('demoUrl');

const LOCALES = [
	{ prefix: '', lang: 'sr-Cyrl', script: 'cyrl', english: false },
	{ prefix: '/lat', lang: 'sr-Latn', script: 'latn', english: false },
	{ prefix: '/en', lang: 'en', script: 'latn', english: true }
] as const;

/** Private or acting addresses a visitor's crawl does not open (robots.txt keeps them out too). */
const SKIPPED = /^\/(admin|account|sign-out|lang|setup)(\/|$)|\/(sign-in|sign-up|forgot-password)(\?|$)/;
/** Clicks from the home page within which every address of the sitemap is reached (13.13). */
const MAX_CLICKS = 2;
/** Query variants kept per path (pages, filters): enough to reach every record, not every combination. */
const VARIANTS_PER_PATH = 4;
const MAX_PAGES = 1500;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };
const decode = (text: string) =>
	text
		.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name])
		.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)));

/** The words a reader meets: text, and the names read aloud (aria-label, alt, title, placeholder). */
function readableText(html: string, pageLang: string): string {
	const body = html
		.slice(Math.max(0, html.indexOf('<body')))
		.replace(/<(script|style|svg|code|pre)\b[\s\S]*?<\/\1>/gi, ' ')
		// Text marked as another language (the language switcher's "English") is allowed to be one.
		.replace(/<(\w+)\b[^>]*\slang="([^"]+)"[^>]*>[\s\S]*?<\/\1>/g, (whole, _tag, lang: string) =>
			lang === pageLang ? whole : ' '
		);
	const attributes = [...body.matchAll(/\s(?:aria-label|alt|title|placeholder)="([^"]*)"/g)].map((m) => m[1]);
	return decode([body.replace(/<[^>]+>/g, ' '), ...attributes].join(' '));
}

function linksOf(html: string, from: URL): URL[] {
	return [...html.matchAll(/<a\b[^>]*\shref="([^"#]+)/g)]
		.map((m) => {
			try {
				return new URL(decode(m[1]), from);
			} catch {
				return null;
			}
		})
		.filter((url): url is URL => url !== null && url.origin === from.origin);
}

function inLocale(path: string, prefix: string): boolean {
	if (prefix) return path === prefix || path.startsWith(prefix + '/');
	return !/^\/(lat|en)(\/|$)/.test(path);
}

describe('visitor-crawls-portal-in-three-locales', () => {
	for (const locale of LOCALES) {
		it(`opens every link from the home page in ${locale.lang}, in the right language and script`, async () => {
			const origin = new URL(base).origin;
			const start = new URL(locale.prefix || '/', origin);
			const queue: { url: URL; from: string; depth: number; fromLaterPage: boolean }[] = [
				{ url: start, from: '(start)', depth: 0, fromLaterPage: false }
			];
			const seen = new Set<string>([start.pathname + start.search]);
			const variants = new Map<string, number>();
			const reached = new Map<string, { depth: number; fromLaterPage: boolean }>();
			const broken: string[] = [];
			const wrongWords: string[] = [];
			while (queue.length > 0 && reached.size < MAX_PAGES) {
				const { url, from, depth, fromLaterPage } = queue.shift()!;
				const response = await fetch(url, { redirect: 'follow' });
				const address = url.pathname + url.search;
				if (response.status >= 400) {
					broken.push(`${response.status} ${address} (linked from ${from})`);
					await response.body?.cancel();
					continue;
				}
				// Breadth first, so the first time a page is reached is by the fewest clicks.
				const landed = new URL(response.url).pathname;
				if (!reached.has(landed)) reached.set(landed, { depth, fromLaterPage });
				if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) {
					await response.body?.cancel();
					continue;
				}
				const html = await response.text();
				const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];
				if (lang !== locale.lang) broken.push(`lang=${lang} on ${address}`);
				const text = readableText(html, locale.lang);
				for (const wrong of wrongLanguageWords(text, locale, DEMO_KEEP_LATIN))
					wrongWords.push(`${wrong.reason} "${wrong.word}" on ${address}`);
				// The "·" between facts has a space on each side on every screen (13.9).
				for (const m of text.matchAll(/\S·|·\S/g)) wrongWords.push(`"${m[0]}" without spaces on ${address}`);
				const onLaterPage = Number(new URL(response.url).searchParams.get('page') ?? '1') > 1;
				for (const link of linksOf(html, new URL(response.url))) {
					const key = link.pathname + link.search;
					if (seen.has(key) || !inLocale(link.pathname, locale.prefix) || SKIPPED.test(key.replace(/^\/(lat|en)/, '')))
						continue;
					seen.add(key);
					if (link.search) {
						const count = variants.get(link.pathname) ?? 0;
						if (count >= VARIANTS_PER_PATH) continue;
						variants.set(link.pathname, count + 1);
					}
					queue.push({ url: link, from: address, depth: depth + 1, fromLaterPage: onLaterPage });
				}
			}
			expect(broken, 'links that do not open, or pages in another language').toEqual([]);
			expect([...new Set(wrongWords)], 'words in the wrong language or script, separators without spaces').toEqual([]);

			// Everything the sitemap lists in this locale is reached by following links.
			const sitemap = await (await fetch(new URL('/sitemap.xml', origin))).text();
			const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)]
				.map((m) => new URL(decode(m[1])).pathname)
				.filter((path) => inLocale(path, locale.prefix));
			expect(listed.length).toBeGreaterThan(10);
			expect(
				listed.filter((path) => !reached.has(path)),
				'sitemap addresses no link reaches'
			).toEqual([]);
			expect(
				listed
					// A list longer than one page (the directory, the news) keeps its older records on later
					// pages, each one click further: the list itself is within reach, and numbering every record
					// onto one page would make the page unusable, so records first met on a later page are let be.
					.filter((path) => reached.get(path)!.depth > MAX_CLICKS && !reached.get(path)!.fromLaterPage)
					.map((path) => `${path}: ${reached.get(path)!.depth} clicks`),
				`sitemap addresses more than ${MAX_CLICKS} clicks from the home page`
			).toEqual([]);
		}, 600_000);
	}
});
