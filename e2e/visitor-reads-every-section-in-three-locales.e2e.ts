import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newContext, visit } from './support/browser.ts';
import { closing } from './support/journey.ts';

const base = inject('demoUrl');
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

const LOCALES = [
	{ prefix: '', lang: 'sr-Cyrl' },
	{ prefix: '/lat', lang: 'sr-Latn' },
	{ prefix: '/en', lang: 'en' }
] as const;

/** The address of the first item linked from a list page (e.g. the newest article). */
async function firstItem(page: Page, listPath: string, pattern: RegExp): Promise<string> {
	await page.goto(base + listPath);
	const hrefs = await page
		.getByRole('main')
		.locator('a[href]')
		.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
	const href = hrefs.find((candidate) => pattern.test(candidate));
	expect(href, `no item link on ${listPath}`).toBeTruthy();
	return href!.replace(/^\/(lat|en)(?=\/)/, '');
}

describe('visitor-reads-every-section-in-three-locales', () => {
	it('finds every public section accessible, in the right language, on a phone without JavaScript', async () => {
		await closing(await newContext(browser, { phone: true, javaScript: false }), async (context) => {
			const page = await context.newPage();
			const article = await firstItem(page, '/news', /^\/news\/[a-z0-9-]+$/);
			const opportunity = await firstItem(page, '/opportunities', /^\/opportunities\/[a-z0-9-]+$/);
			const documentPath = await firstItem(page, '/documents', /^\/documents\/[0-9a-f-]{36}$/);
			const paths = [
				'/',
				'/news',
				article,
				'/opportunities',
				opportunity,
				'/documents',
				documentPath,
				'/contact',
				'/search?q=mladi',
				'/pages/o-nama'
			];
			for (const { prefix, lang } of LOCALES) {
				for (const path of paths) {
					const address = prefix + (path === '/' && prefix ? '' : path);
					const response = await page.goto(base + address);
					expect(response?.status(), address).toBe(200);
					expect(await page.getAttribute('html', 'lang'), address).toBe(lang);
					expect(await page.getByRole('heading', { level: 1 }).count(), address).toBe(1);
					// Public pages need no script: none is sent.
					expect(await page.locator('script[src], script[type="module"]').count(), address).toBe(0);
					// And nothing is wider than the phone.
					expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), address).toBe(
						true
					);
					await visit(page, base + address);
				}
			}
		});
	});
});
