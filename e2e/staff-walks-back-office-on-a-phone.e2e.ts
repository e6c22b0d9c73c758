import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newContext } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { closing, DEMO_PASSWORD, signIn, type Prefix } from './support/journey.ts';
import { wrongLanguageWords } from '../src/lib/i18n/wrong-language.ts';

// Only reads: the demo office is not changed, but a journey of its own keeps the walk independent.
let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
	[server, browser] = await Promise.all([startServer({ demo: true }), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

const PREFIXES: Prefix[] = ['', '/lat', '/en'];
/** A few pages that also get an axe check in every locale (the rest are checked for the cheap faults). */
const AXE_PAGES = new Set(['/admin', '/admin/events', '/admin/audit', '/admin/statistics']);

/** Pages that show messages as their writers sent them (visitors' messages, requests, e-mails sent in Cyrillic). */
const AS_SENT = new Set(['/admin/contact', '/admin/organisations/requests', '/admin/outbox']);

/** What a person on a 360 px phone would notice on one back-office page, as readable lines. */
async function faultsOf(page: Page, prefix: Prefix, asSent: boolean): Promise<string[]> {
	const faults = await page.evaluate(
		([prefix, asSent]) => {
			const faults: string[] = [];
			if (document.documentElement.scrollWidth > window.innerWidth)
				faults.push(`sideways scroll: ${document.documentElement.scrollWidth} px wide`);
			const main = document.querySelector('main') ?? document.body;
			// Staff-typed examples and addresses may hold anything; the platform's own words may not.
			const text = (main as HTMLElement).innerText.replace(/\S+@\S+|https?:\/\/\S+/g, ' ');
			const key = /\b[a-z]{2,}(?:\.[a-zA-Z_]{2,}){2,}\b/.exec(text);
			if (key) faults.push(`message key or code: ${key[0]}`);
			const snake = /\b[a-z]+_[a-z_]+\b/.exec(text);
			if (snake) faults.push(`raw code: ${snake[0]}`);
			if (prefix === '/lat' && !asSent) {
				// The language switcher names Cyrillic in Cyrillic on purpose: only the page's own content counts.
				const cyrillic = /[\u0400-\u04FF]+/.exec(text);
				if (cyrillic) faults.push(`Cyrillic on the Latin page: ${cyrillic[0]}`);
			}
			return faults;
		},
		[prefix, asSent] as const
	);
	if (prefix === '' && !asSent) {
		// English spelled out in Cyrillic ("Јоунг пеопле", 13.6): the platform's words on a Cyrillic page
		// are Serbian. Latin words are not checked here, since staff type names and titles in Latin too.
		const text = await page.evaluate(
			() => ((document.querySelector('main') ?? document.body) as HTMLElement).innerText
		);
		for (const wrong of wrongLanguageWords(text, { script: 'cyrl', english: false }))
			if (wrong.reason === 'english-in-cyrillic') faults.push(`English in Cyrillic: ${wrong.word}`);
	}
	return faults;
}

describe('staff-walks-back-office-on-a-phone', () => {
	it('every back-office page of the administrator fits a 360 px phone and reads in each language and script', async () => {
		const base = server.url;
		await closing(await newContext(browser, { viewport: { width: 360, height: 740 } }), async (context) => {
			context.setDefaultTimeout(30_000);
			const page = await context.newPage();
			await signIn(page, base, 'admin@demo.kzm.test', DEMO_PASSWORD);
			await page.goto(`${base}/admin`);
			// Every page the side navigation offers.
			const navigation = await page
				.locator('nav a[href^="/admin"]')
				.evaluateAll((links) => [...new Set(links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))]);
			expect(navigation.length).toBeGreaterThan(10);
			const found: string[] = [];
			for (const prefix of PREFIXES) {
				for (const path of navigation) {
					const response = await page.goto(`${base}${prefix}${path}`);
					if (!response || response.status() >= 400) {
						found.push(`${prefix}${path}: answered ${response?.status()}`);
						continue;
					}
					for (const fault of await faultsOf(page, prefix, AS_SENT.has(path))) found.push(`${prefix}${path}: ${fault}`);
					if (AXE_PAGES.has(path)) await expectNoAxeViolations(page);
				}
			}
			expect(found).toEqual([]);
		});
	}, 900_000);

	it('reads an admin list on a 360 px phone as cards, each value under its column’s name, with nothing to scroll sideways', async () => {
		await closing(await newContext(browser, { viewport: { width: 360, height: 740 } }), async (context) => {
			const page = await context.newPage();
			await signIn(page, server.url, 'koordinator@demo.kzm.test', DEMO_PASSWORD);
			for (const path of ['/admin/events', '/admin/news', '/admin/surveys']) {
				await page.goto(`${server.url}${path}`);
				const cards = await page
					.locator('main table.admin-table')
					.first()
					.evaluate((table) => {
						const frame = table.closest('[role="region"]') as HTMLElement;
						const cells = [...table.querySelectorAll('tbody tr:first-child td')];
						return {
							// A sortable heading's link also holds its mark and, when sorted, words for screen readers.
							columns: [...table.querySelectorAll('thead th')].map((heading) =>
								(heading.querySelector('a')?.firstChild ?? heading).textContent?.trim()
							),
							labels: cells.map((cell) => getComputedStyle(cell, '::before').content.replace(/^"|"$/g, '')),
							// What a phone still shows of the heading row: the sort links only.
							shownHeadings: [...table.querySelectorAll('thead th')]
								.filter((heading) => (heading as HTMLElement).getBoundingClientRect().height > 1)
								.map((heading) => (heading.querySelector('a') ? 'link' : 'text')),
							scrollsSideways: frame.scrollWidth > frame.clientWidth
						};
					});
				expect(cards.labels, `${path}: each value under its column's name`).toEqual(cards.columns);
				expect(cards.shownHeadings, `${path}: the heading row is folded into the cards`).not.toContain('text');
				expect(cards.scrollsSideways, `${path}: the list scrolls sideways`).toBe(false);
			}
			await expectNoAxeViolations(page);
		});
	});

	it('sorts the events list by date both ways from its heading, keeping the filter, on a phone and without JavaScript', async () => {
		await closing(
			await newContext(browser, { viewport: { width: 360, height: 740 }, javaScript: false }),
			async (context) => {
				const page = await context.newPage();
				await signIn(page, server.url, 'koordinator@demo.kzm.test', DEMO_PASSWORD);
				await page.goto(`${server.url}/admin/events?status=published&page=1`);
				const whenHeading = page.locator('main table.admin-table thead th').nth(1);
				const dates = () =>
					page
						.locator('main table.admin-table tbody tr')
						.evaluateAll((rows) => rows.map((row) => row.querySelector('time')?.getAttribute('datetime') ?? ''));
				for (const [direction, ariaSort] of [
					['asc', 'ascending'],
					['desc', 'descending']
				] as const) {
					await whenHeading.getByRole('link').click();
					const address = new URL(page.url());
					expect(Object.fromEntries(address.searchParams)).toEqual({
						status: 'published',
						sort: 'when',
						dir: direction
					});
					await expect.poll(() => whenHeading.getAttribute('aria-sort')).toBe(ariaSort);
					const shown = await dates();
					expect(shown.length, 'the demo office has published events').toBeGreaterThan(1);
					const sorted = [...shown].sort();
					expect(shown).toEqual(direction === 'asc' ? sorted : sorted.reverse());
				}
				// Only one heading carries the sort, and an unknown column falls back to the usual order.
				expect(await page.locator('main th[aria-sort]').count()).toBe(1);
				const unknown = await page.goto(`${server.url}/admin/events?sort=password&dir=up`);
				expect(unknown?.status()).toBe(200);
				expect(await page.locator('main th[aria-sort]').count()).toBe(0);
				await expectNoAxeViolations(page);
			}
		);
	});
});
