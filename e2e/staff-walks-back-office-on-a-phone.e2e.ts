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

	it('sorts more lists from their headings (initiatives by their course, documents by year) on a phone and on a wide screen, cards leaving out empty values', async () => {
		for (const viewport of [
			{ width: 360, height: 740 },
			{ width: 1280, height: 800 }
		]) {
			const narrow = viewport.width < 640;
			await closing(await newContext(browser, { viewport, javaScript: false }), async (context) => {
				const page = await context.newPage();
				await signIn(page, server.url, 'koordinator@demo.kzm.test', DEMO_PASSWORD);
				const table = page.locator('main table.admin-table').first();
				/** Follows a heading's sort link and checks the address kept the filter and the heading's mark. */
				const sortBy = async (column: number, expected: Record<string, string>, ariaSort: string) => {
					const heading = table.locator('thead th').nth(column);
					await heading.getByRole('link').click();
					expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual(expected);
					expect(await heading.getAttribute('aria-sort')).toBe(ariaSort);
				};

				// Initiatives: the status column in an initiative's course, not by the spelling of its code
				// (by code "accepted" would come first and "under_consideration" last).
				await page.goto(`${server.url}/admin/participation?queue=all`);
				const statuses = () =>
					table
						.locator('tbody tr')
						.evaluateAll((rows) =>
							rows.map((row) => /status-(\w+)/.exec(row.querySelector('[class*="status-"]')?.className ?? '')?.[1])
						);
				const course = [
					'submitted',
					'published',
					'under_consideration',
					'accepted',
					'partly_accepted',
					'in_progress',
					'done',
					'not_accepted',
					'rejected'
				];
				await sortBy(1, { queue: 'all', sort: 'status', dir: 'asc' }, 'ascending');
				const ascending = await statuses();
				expect(new Set(ascending).size, 'the demo office has initiatives in several states').toBeGreaterThan(4);
				expect(ascending).toEqual([...ascending].sort((a, b) => course.indexOf(a!) - course.indexOf(b!)));
				await sortBy(1, { queue: 'all', sort: 'status', dir: 'desc' }, 'descending');
				expect(await statuses()).toEqual([...ascending].reverse());
				await expectNoAxeViolations(page);

				// Documents: by year both ways.
				await page.goto(`${server.url}/admin/documents`);
				const years = () =>
					table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => Number(row.children[2]?.textContent)));
				for (const [direction, ariaSort] of [
					['asc', 'ascending'],
					['desc', 'descending']
				] as const) {
					await sortBy(2, { sort: 'year', dir: direction }, ariaSort);
					const shown = await years();
					expect(new Set(shown).size, 'the demo office has documents of several years').toBeGreaterThan(1);
					expect(shown).toEqual([...shown].sort((a, b) => (direction === 'asc' ? a - b : b - a)));
				}
				await expectNoAxeViolations(page);

				// Cards on a phone, a table on a wide screen; an empty value shows no column name in its card.
				for (const path of [
					'/admin/action-plan',
					'/admin/council',
					'/admin/participation?queue=all',
					'/admin/events'
				]) {
					await page.goto(`${server.url}${path}`);
					const layout = await table.evaluate((element) => {
						const cells = [...element.querySelectorAll('tbody td:not([colspan])')] as HTMLElement[];
						const isEmpty = (cell: HTMLElement) => cell.children.length === 0 && cell.textContent?.trim() === '';
						return {
							rowDisplay: getComputedStyle(element.querySelector('tbody tr')!).display,
							emptyShown: cells.filter(isEmpty).map((cell) => getComputedStyle(cell).display),
							filledShown: cells.filter((cell) => !isEmpty(cell)).map((cell) => getComputedStyle(cell).display),
							scrollsSideways: document.documentElement.scrollWidth > window.innerWidth
						};
					});
					expect(layout.rowDisplay, `${path}: rows`).toBe(narrow ? 'block' : 'table-row');
					expect(new Set(layout.filledShown), `${path}: values`).toEqual(new Set([narrow ? 'block' : 'table-cell']));
					for (const display of layout.emptyShown)
						expect(display, `${path}: an empty value`).toBe(narrow ? 'none' : 'table-cell');
					expect(layout.scrollsSideways, `${path}: sideways scroll`).toBe(false);
				}
				// The demo has events outside any programme: their programme cell is empty.
				expect(await table.locator('tbody td:empty').count(), 'an empty cell to leave out').toBeGreaterThan(0);
				await expectNoAxeViolations(page);
			});
		}
	});
});
