import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newContext, visit, downloadBytes } from './support/browser.ts';
import { closing, expectHeading } from './support/journey.ts';

const base = inject('demoUrl');
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Opens the events dataset's column table (a <details>, no JavaScript needed) and returns its rows' names. */
async function columnNames(page: Page, summary: RegExp): Promise<string[]> {
	await page.locator('section#events summary').filter({ hasText: summary }).click();
	const table = page.locator('section#events table');
	return (await table.locator('tbody th').allTextContents()).map((text) => text.trim());
}

describe('visitor-downloads-open-data', () => {
	it('on a 320 px phone without JavaScript: finds the datasets, reads the columns, downloads CSV and JSON', async () => {
		await closing(await newContext(browser, { phone: true, javaScript: false }), async (context) => {
			const page = await context.newPage();
			await visit(page, `${base}/`);
			await page.getByRole('link', { name: 'Отворени подаци', exact: true }).click();
			await expectHeading(page, 'Отворени подаци');
			await page.getByText(/Лиценца: Creative Commons Ауторство 4\.0/).waitFor();
			await page.getByRole('heading', { level: 3, name: 'Догађаји', exact: true }).waitFor();
			await page.getByRole('heading', { level: 3, name: 'Акциони план: показатељи по годинама' }).waitFor();
			// Nothing sticks out sideways on a 320 px screen.
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
			await expectNoAxeViolations(page);

			expect(await columnNames(page, /^Колоне/)).toContain('starts_at');
			await page.getByText('Радионица', { exact: false }).first().waitFor();
			await expectNoAxeViolations(page);

			const [csv] = await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('link', { name: /^Преузми CSV\s*:\s*Догађаји$/ }).click()
			]);
			expect(csv.suggestedFilename()).toBe('events.csv');
			const text = (await downloadBytes(csv)).toString('utf8');
			expect(text.replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(/^id,title,title_en,summary/);

			const [json] = await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('link', { name: /^Преузми JSON\s*:\s*Догађаји$/ }).click()
			]);
			const downloaded = JSON.parse((await downloadBytes(json)).toString('utf8')) as {
				licence: { id: string };
				columns: { name: string; description: string }[];
				rows: unknown[];
			};
			expect(downloaded.licence.id).toBe('CC-BY-4.0');
			expect(downloaded.columns.find((column) => column.name === 'starts_at')?.description).toBe(
				'Почетак првог термина'
			);
			expect(downloaded.rows.length).toBeGreaterThan(0);
		});
	});

	it('in Latin and English, with the DCAT-AP catalogue in the page and the API beside it', async () => {
		await closing(await newContext(browser, { javaScript: false }), async (context) => {
			const page = await context.newPage();
			await visit(page, `${base}/lat/open-data`);
			await expectHeading(page, 'Otvoreni podaci');
			await page.getByRole('heading', { level: 3, name: 'Događaji', exact: true }).waitFor();
			await expectNoAxeViolations(page);

			await visit(page, `${base}/en/open-data`);
			await expectHeading(page, 'Open data');
			await page.getByRole('heading', { level: 3, name: 'Organisations (the public directory)' }).waitFor();
			expect(await columnNames(page, /^Columns/)).toContain('registration');
			await page.getByText('open sign-up').first().waitFor();
			await expectNoAxeViolations(page);
			const jsonLd = await page.locator('script[type="application/ld+json"]').first().textContent();
			const catalogue = JSON.parse(jsonLd!) as { '@type': string; 'dcat:dataset': unknown[] };
			expect(catalogue['@type']).toBe('dcat:Catalog');
			expect(catalogue['dcat:dataset'].length).toBeGreaterThanOrEqual(8);

			const [english] = await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('link', { name: /^Download JSON\s*:\s*Events$/ }).click()
			]);
			const downloaded = JSON.parse((await downloadBytes(english)).toString('utf8')) as {
				title: string;
			};
			expect(downloaded.title).toBe('Events');

			const api = await page.request.get(`${base}/api/v1/events?limit=2`);
			expect(api.status()).toBe(200);
			expect(api.headers()['access-control-allow-origin']).toBe('*');
			const body = (await api.json()) as { data: unknown[]; links: { next: string | null } };
			expect(body.data).toHaveLength(2);
			expect(body.links.next).toContain('page=2');
			const again = await page.request.get(`${base}/api/v1/events?limit=2`, {
				headers: { 'if-none-match': api.headers()['etag'] }
			});
			expect(again.status()).toBe(304);
			const missing = await page.request.get(`${base}/api/v1/nothing`);
			expect(missing.status()).toBe(404);
			expect(missing.headers()['content-type']).toContain('application/json');
			const openapi = (await (await page.request.get(`${base}/api/v1/openapi.json`)).json()) as { openapi: string };
			expect(openapi.openapi).toBe('3.1.0');
		});
	});
});
