import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newContext } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { closing, expectHeading, expectPath } from './support/journey.ts';

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
	[server, browser] = await Promise.all([startServer({ demo: true }), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

/** A common phone: 360 × 740 CSS pixels. */
const PHONE = { width: 360, height: 740 };

/** Whether the whole element is drawn within the first screen (the page not scrolled). */
async function isInFirstScreen(page: Page, selector: string): Promise<boolean> {
	const box = await page.locator(selector).first().boundingBox();
	return !!box && box.y >= 0 && box.y + box.height <= PHONE.height;
}

describe('visitor-reads-portal-on-a-phone', () => {
	it('sees each page’s heading and first lines in the first screen, the menu folded into one row, the demo notice on one line', async () => {
		await closing(await newContext(browser, { viewport: PHONE, javaScript: false }), async (context) => {
			const page = await context.newPage();
			await page.goto(`${server.url}/`);
			await expectHeading(page, 'Канцеларија за младе општине Ивањица');

			// The demo notice is one line.
			const banner = await page.locator('.demo-banner').boundingBox();
			expect(banner?.height ?? 0).toBeLessThan(40);

			// The menu is one "Мени" row: its links are not shown until it is opened.
			const navigation = page.getByRole('navigation', { name: 'Главна навигација', exact: true });
			const events = navigation.getByRole('link', { name: 'Догађаји', exact: true });
			expect(await events.isVisible()).toBe(false);
			for (const path of ['/', '/events', '/news', '/pages/o-nama']) {
				await page.goto(`${server.url}${path}`);
				expect(await isInFirstScreen(page, 'main h1'), `${path}: the heading`).toBe(true);
				// The first lines of the page's own content start in the first screen too.
				const content = await page.locator('main p, main li').first().boundingBox();
				expect(content && content.y < PHONE.height - 48, `${path}: the content under the heading`).toBe(true);
				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
				expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
				await expectNoAxeViolations(page);
			}

			// One tap opens the menu, without JavaScript; its links lead on.
			await page.goto(`${server.url}/`);
			await navigation.getByText('Мени', { exact: true }).click();
			await events.click();
			await expectPath(page, '/events');
			await expectNoAxeViolations(page);
		});
	});
});
