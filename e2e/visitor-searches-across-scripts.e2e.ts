import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newContext, visit } from './support/browser.ts';
import { closing, expectHeading, expectPath } from './support/journey.ts';

const base = inject('demoUrl');
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** The highlighted words of the results list. */
const marked = (page: Page) => page.getByRole('main').locator('ol mark').allTextContents();
const resultTitles = (page: Page) => page.getByRole('main').locator('ol h2').allTextContents();

describe('visitor-searches-across-scripts', () => {
	it('finds Cyrillic texts from Latin without diacritics, and shows them in the reader’s script', async () => {
		await closing(await newContext(browser, { phone: true, javaScript: false }), async (context) => {
			const page = await context.newPage();
			await visit(page, `${base}/`);
			// The home page search works as a plain form.
			await page.getByRole('searchbox', { name: 'Претражи портал' }).fill('omladinski parlament');
			await page.getByRole('button', { name: 'Тражи', exact: true }).click();
			await expectPath(page, '/search');
			await expectHeading(page, 'Претрага');
			await expectNoAxeViolations(page);
			const titles = await resultTitles(page);
			expect(titles.map((title) => title.trim())).toContain('Локални омладински парламент изабрао ново председништво');
			expect(await marked(page)).toEqual(expect.arrayContaining(['омладински', 'парламент']));
			expect(await page.getByRole('status').textContent()).toMatch(/Пронађен/);

			// The same search read in Latin: Cyrillic texts are shown in Latin, the matches still marked.
			await visit(page, `${base}/lat/search?q=${encodeURIComponent('ОМЛАДИНСКИ')}`);
			expect(await page.getAttribute('html', 'lang')).toBe('sr-Latn');
			const latinTitles = (await resultTitles(page)).map((title) => title.trim());
			expect(latinTitles).toContain('Lokalni omladinski parlament izabrao novo predsedništvo');
			// An article scheduled for next week is not found before its time.
			expect(latinTitles).not.toContain('Omladinski klub od sledeće nedelje radi i subotom');
			expect(await marked(page)).toContain('omladinski');

			// Diacritics are optional: "cacka" finds "Čačak"/"Чачка", and marks it.
			await visit(page, `${base}/en/search?q=cacka`);
			expect(await page.getAttribute('html', 'lang')).toBe('en');
			expect((await resultTitles(page)).join(' ')).toMatch(/Čačk?a/);
			expect((await marked(page)).some((word) => word.startsWith('Čač'))).toBe(true);

			// Nothing found and too short are told plainly.
			await visit(page, `${base}/en/search?q=zzzxqw`);
			expect(await page.getByRole('status').textContent()).toContain('Nothing was found for “zzzxqw”');
			// (The English choice is remembered, so the unprefixed address opens the English page.)
			await visit(page, `${base}/search?q=a`);
			await expectPath(page, '/en/search');
			expect(await page.getByRole('status').textContent()).toContain('Type at least two letters.');
		});
	});

	it('opens a result in the reader’s locale', async () => {
		await closing(await newContext(browser, { phone: true, javaScript: false }), async (context) => {
			const page = await context.newPage();
			await visit(page, `${base}/lat/search?q=stipendije`);
			const first = page.getByRole('main').locator('ol h2 a').first();
			const href = await first.getAttribute('href');
			expect(href?.startsWith('/lat/')).toBe(true);
			await first.click();
			await page.waitForURL((url) => url.pathname === href);
			await expectNoAxeViolations(page);
			expect(await page.getAttribute('html', 'lang')).toBe('sr-Latn');
		});
	});
});
