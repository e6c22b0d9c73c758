import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import ExcelJS from 'exceljs';
import { expectNoAxeViolations, launchBrowser, newContext } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { closing, DEMO_PASSWORD, expectFieldError, expectHeading, signIn } from './support/journey.ts';

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
	[server, browser] = await Promise.all([startServer({ demo: true }), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

describe('coordinator-reads-statistics-and-exports-them', () => {
	it('reads the year, a quarter and a wrong period, downloads the spreadsheet, and finds the event statistics', async () => {
		await closing(await newContext(browser), async (context) => {
			const page = await context.newPage();
			await signIn(page, server.url, 'koordinator@demo.kzm.test', DEMO_PASSWORD);
			await page.goto(`${server.url}/admin`);
			await page.getByRole('link', { name: 'Статистика', exact: true }).first().click();
			await expectHeading(page, 'Статистика канцеларије');
			await expectNoAxeViolations(page);
			const year = String(new Date().getFullYear());
			// Every module's part is there, with last year beside this year.
			for (const heading of ['Догађаји', 'Млади обухваћени активностима', 'Партнери и организације', 'Волонтирање'])
				await page.getByRole('heading', { name: heading, exact: true }).waitFor();
			await page
				.getByRole('columnheader', { name: String(Number(year) - 1), exact: true })
				.first()
				.waitFor();
			await page.getByRole('img', { name: 'Млади по полу' }).waitFor();

			// A quarter.
			await page.getByLabel('Период', { exact: true }).selectOption('quarter');
			await page.getByLabel(/^Тромесечје/).selectOption('1');
			await page.getByRole('button', { name: 'Прикажи', exact: true }).click();
			await page
				.getByRole('columnheader', { name: `1. тромесечје ${year}.`, exact: true })
				.first()
				.waitFor();

			// Days in the wrong order: the message says so and the form keeps them.
			await page.getByLabel('Период', { exact: true }).selectOption('custom');
			await page.getByLabel(/^Од дана/).fill(`${year}-03-31`);
			await page.getByLabel(/^До дана \(укључујући\)/).fill(`${year}-03-01`);
			await page.getByRole('button', { name: 'Прикажи', exact: true }).click();
			await page.getByRole('alert').filter({ hasText: 'Последњи дан не може бити пре првог.' }).waitFor();
			await expectFieldError(page.getByLabel(/^До дана \(укључујући\)/), 'Последњи дан не може бити пре првог.');
			expect(await page.getByLabel(/^Од дана/).inputValue()).toBe(`${year}-03-31`);
			await expectNoAxeViolations(page);

			// The whole year as a spreadsheet, with the numbers the page shows.
			await page.goto(`${server.url}/admin/statistics?period=year&year=${year}`);
			const href = await page.getByRole('link', { name: 'Преузми статистику (Ексел)' }).getAttribute('href');
			const response = await context.request.get(`${server.url}${href}`);
			expect(response.status()).toBe(200);
			expect(response.headers()['content-disposition']).toContain(`office-statistics-${year}-01-01-${year}-12-31.xlsx`);
			const workbook = new ExcelJS.Workbook();
			await workbook.xlsx.load((await response.body()).buffer as ArrayBuffer);
			const cells = workbook.worksheets[0].getSheetValues().flatMap((row) => (Array.isArray(row) ? row : []));
			expect(cells).toContain('Обухваћено младих (свака особа једном)');
			const held = await page
				.getByRole('row', { name: /^Одржани догађаји/ })
				.getByRole('cell')
				.first()
				.textContent();
			const sheetRow = workbook.worksheets[0]
				.getSheetValues()
				.find((row) => Array.isArray(row) && row[1] === 'Одржани догађаји') as unknown[];
			expect(String(sheetRow[2])).toBe(held?.trim().replace(/\./g, ''));

			// The event statistics are a tab; their old address still leads there.
			await page.getByRole('link', { name: 'По догађајима', exact: true }).click();
			await expectHeading(page, 'Статистика учешћа');
			await expectNoAxeViolations(page);
			await page.goto(`${server.url}/admin/statistics?from=${year}-01-01&to=${year}-12-31`);
			expect(new URL(page.url()).pathname).toBe('/admin/statistics/events');
		});
	});

	it('reads the statistics in English and on a phone', async () => {
		await closing(await newContext(browser, { phone: true }), async (context) => {
			const page = await context.newPage();
			await signIn(page, server.url, 'koordinator@demo.kzm.test', DEMO_PASSWORD, '/en');
			await page.goto(`${server.url}/en/admin/statistics`);
			await expectHeading(page, 'Office statistics');
			await page.getByRole('heading', { name: 'Young people reached', exact: true }).waitFor();
			await expectNoAxeViolations(page);
		});
	});
});
