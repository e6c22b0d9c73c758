import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newContext, visit } from './support/browser.ts';

const base = inject('demoUrl');
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('visitor-switches-language', () => {
	it('keeps the page, sets <html lang> and remembers the choice', async () => {
		const context = await newContext(browser, { phone: true, javaScript: false });
		const page = await context.newPage();
		await visit(page, `${base}/pages/o-nama`);
		expect(await page.getAttribute('html', 'lang')).toBe('sr-Cyrl');
		await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('О канцеларији');

		await page.getByRole('link', { name: 'Latinica' }).click();
		expect(new URL(page.url()).pathname).toBe('/lat/pages/o-nama');
		expect(await page.getAttribute('html', 'lang')).toBe('sr-Latn');
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('O kancelariji');
		await expectNoAxeViolations(page);

		// The choice is remembered: an unprefixed address now opens the Latin page.
		await page.goto(`${base}/`);
		expect(new URL(page.url()).pathname).toBe('/lat');

		await page.getByRole('link', { name: 'English' }).click();
		expect(new URL(page.url()).pathname).toBe('/en');
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		await expectNoAxeViolations(page);
		const alternates = await page
			.locator('link[rel="alternate"][hreflang]')
			.evaluateAll((links) => links.map((link) => link.getAttribute('hreflang')));
		expect(alternates).toEqual(['sr-Cyrl', 'sr-Latn', 'en', 'x-default']);

		await page.getByRole('link', { name: 'Ћирилица' }).click();
		expect(new URL(page.url()).pathname).toBe('/');
		expect(await page.getAttribute('html', 'lang')).toBe('sr-Cyrl');
		await context.close();
	});
});
