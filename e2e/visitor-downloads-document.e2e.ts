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

/** The document titles listed in the library, in order. */
async function listedTitles(page: Page): Promise<string[]> {
	return (await page.locator('main .document-title').allTextContents()).map((text) => text.trim());
}

describe('visitor-downloads-document', () => {
	it('finds a report by type and year in Cyrillic and downloads it under its title', async () => {
		await closing(await newContext(browser, { phone: true, javaScript: false }), async (context) => {
			const page = await context.newPage();
			await visit(page, `${base}/documents`);
			await expectHeading(page, 'Документи');
			const all = await listedTitles(page);
			expect(all).toContain('Локални акциони план за младе општине Ивањица 2025–2029');
			// A document the office has not published is not in the library.
			expect(all).not.toContain('Нацрт полугодишњег извештаја за 2026. годину');
			await page.getByRole('heading', { level: 2, name: 'Акциони планови' }).waitFor();

			await page.getByLabel('Врста', { exact: true }).selectOption({ label: 'Извештај' });
			await page.getByLabel('Година', { exact: true }).selectOption('2025');
			await page.getByRole('button', { name: 'Прикажи', exact: true }).click();
			await page.waitForURL(
				(url) => url.searchParams.get('type') === 'report' && url.searchParams.get('year') === '2025'
			);
			await expectNoAxeViolations(page);
			expect(await listedTitles(page)).toEqual(['Годишњи извештај о раду Канцеларије за младе за 2025. годину']);
			await page.getByRole('status').filter({ hasText: 'Пронађен је 1 документ.' }).waitFor();

			await page
				.getByRole('link', { name: 'Годишњи извештај о раду Канцеларије за младе за 2025. годину', exact: true })
				.click();
			await expectHeading(page, 'Годишњи извештај о раду Канцеларије за младе за 2025. годину');
			await expectNoAxeViolations(page);

			const [download] = await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('link', { name: /^Преузми \(PDF, \d+ КБ\)$/ }).click()
			]);
			expect(download.suggestedFilename()).toBe('Годишњи извештај о раду Канцеларије за младе за 2025. годину.pdf');
			const bytes = await downloadBytes(download);
			expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');

			const response = await page.request.get(download.url());
			expect(response.headers()['content-type']).toBe('application/pdf');
			expect(response.headers()['content-disposition']).toBe(
				`attachment; filename="godisnji-izvestaj-o-radu-kancelarije-za-mlade-za-2025-godinu.pdf"; filename*=UTF-8''${encodeURIComponent('Годишњи извештај о раду Канцеларије за младе за 2025. годину.pdf')}`
			);
		});
	});

	it('serves Latin and English names from the prefixed libraries', async () => {
		await closing(await newContext(browser, { javaScript: false }), async (context) => {
			const page = await context.newPage();
			await visit(page, `${base}/lat/documents?type=action_plan`);
			await expectHeading(page, 'Dokumenti');
			const [latin] = await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('link', { name: /^Preuzmi Lokalni akcioni plan za mlade opštine Ivanjica 2025–2029/ }).click()
			]);
			expect(latin.suggestedFilename()).toBe('Lokalni akcioni plan za mlade opštine Ivanjica 2025–2029.pdf');

			await visit(page, `${base}/en/documents?type=call`);
			await expectHeading(page, 'Documents');
			await page.getByRole('heading', { level: 2, name: 'Calls' }).waitFor();
			const [english] = await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('link', { name: /^Download Project proposal form for informal youth groups \(DOCX/ }).click()
			]);
			expect(english.suggestedFilename()).toBe('Project proposal form for informal youth groups.docx');
			const response = await page.request.get(english.url());
			expect(response.headers()['content-type']).toBe(
				'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
			);

			// A link to a document that does not exist (or is not published) ends on the portal's "not found" page.
			const missing = await page.goto(`${base}/en/documents/00000000-0000-4000-8000-000000000000/plan.pdf`);
			expect(missing?.status()).toBe(404);
			await expectHeading(page, 'Page not found');
			await expectNoAxeViolations(page);
			const direct = await page.request.get(`${base}/documents/00000000-0000-4000-8000-000000000000/plan.pdf`, {
				headers: { accept: '*/*' },
				maxRedirects: 0
			});
			expect(direct.status()).toBe(404);
		});
	});
});
