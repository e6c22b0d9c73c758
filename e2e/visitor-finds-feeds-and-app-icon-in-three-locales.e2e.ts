// The home page advertises its feeds to feed readers and calendars (`<link rel="alternate">`) and the
// platform answers for its favicon and web app manifest, in every locale (issue 13.14). Read as a feed
// reader or a browser does: the served HTML and the addresses it names, not the rendered page.
import { describe, expect, inject, it } from 'vitest';

const base = inject('demoUrl');

const LOCALES = [
	{ prefix: '', feeds: { news: 'Вести', opportunities: 'Прилике за младе', events: 'Календар догађаја' } },
	{ prefix: '/lat', feeds: { news: 'Vesti', opportunities: 'Prilike za mlade', events: 'Kalendar događaja' } },
	{
		prefix: '/en',
		feeds: { news: 'News', opportunities: 'Opportunities for young people', events: 'Calendar of events' }
	}
] as const;

/** Every `<link>` in the page's HTML, as attribute maps (entities in values decoded as far as needed here). */
function linksOf(html: string): Record<string, string>[] {
	return [...html.matchAll(/<link\b([^>]*)>/g)].map(([, attributes]) =>
		Object.fromEntries(
			[...attributes.matchAll(/([a-z-]+)="([^"]*)"/g)].map(([, name, value]) => [name, value.replace(/&amp;/g, '&')])
		)
	);
}

async function expectServed(path: string, type: RegExp): Promise<Response> {
	const response = await fetch(new URL(path, base));
	expect(response.status, path).toBe(200);
	expect(response.headers.get('content-type'), path).toMatch(type);
	return response;
}

describe('visitor-finds-feeds-and-app-icon-in-three-locales', () => {
	for (const locale of LOCALES) {
		it(`advertises news, opportunities and events feeds and the app icons on ${locale.prefix || '/'}`, async () => {
			const home = await fetch(new URL(locale.prefix || '/', base));
			expect(home.status).toBe(200);
			const links = linksOf(await home.text());
			const feed = (type: string, title: string) =>
				links.find((link) => link.rel === 'alternate' && link.type === type && link.title === title);

			const news = feed('application/rss+xml', locale.feeds.news);
			const opportunities = feed('application/rss+xml', locale.feeds.opportunities);
			const events = feed('text/calendar', locale.feeds.events);
			expect(news?.href).toBe(`${locale.prefix}/news/rss.xml`);
			expect(opportunities?.href).toBe(`${locale.prefix}/opportunities/rss.xml`);
			expect(events?.href).toBe(`${locale.prefix}/events/calendar.ics`);
			expect(await (await expectServed(news!.href, /^application\/rss\+xml/)).text()).toContain('<rss');
			expect(await (await expectServed(opportunities!.href, /^application\/rss\+xml/)).text()).toContain('<rss');
			expect(await (await expectServed(events!.href, /^text\/calendar/)).text()).toMatch(/^BEGIN:VCALENDAR/);

			// The icon and the manifest the page names answer with the right types; the manifest's icons too.
			const icon = links.find((link) => link.rel === 'icon');
			const manifestLink = links.find((link) => link.rel === 'manifest');
			expect(icon?.href).toBe('/favicon.svg');
			expect(manifestLink?.href).toBe('/manifest.webmanifest');
			expect(await (await expectServed(icon!.href, /^image\/svg\+xml/)).text()).toContain('<svg');
			const manifest = (await (await expectServed(manifestLink!.href, /^application\/manifest\+json/)).json()) as {
				name: string;
				icons: { src: string; type: string }[];
			};
			expect(manifest.name).toBe('Канцеларија за младе општине Ивањица');
			expect(manifest.icons.length).toBeGreaterThan(0);
			for (const manifestIcon of manifest.icons) {
				await expectServed(manifestIcon.src, new RegExp(`^${manifestIcon.type.replace('+', '\\+')}`));
			}
			// Browsers that ask for the old default name are sent to the SVG icon.
			const ico = await fetch(new URL('/favicon.ico', base));
			expect(ico.status).toBe(200);
			expect(ico.url).toBe(new URL('/favicon.svg', base).href);
			expect(ico.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
		});
	}
});
