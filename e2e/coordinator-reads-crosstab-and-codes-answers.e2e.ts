import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import ExcelJS from 'exceljs';
import { expectNoAxeViolations, launchBrowser, newContext } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { closing, DEMO_PASSWORD, expectHeading, signIn } from './support/journey.ts';

// Themes are created and answers coded here, so this journey gets its own office.
let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
	[server, browser] = await Promise.all([startServer({ demo: true }), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

const RESULTS = 'Резултати: Потребе младих у Ивањици 2026.';
const THEME = 'Бициклистичке стазе';

describe('coordinator-reads-crosstab-and-codes-answers', () => {
	it('reads the results, cross-tabulates by settlement with small cells hidden, codes two answers and downloads the responses', async () => {
		await closing(await newContext(browser), async (context) => {
			const page = await context.newPage();
			await signIn(page, server.url, 'koordinator@demo.kzm.test', DEMO_PASSWORD);
			await page.goto(`${server.url}/admin/research`);
			await expectHeading(page, 'Истраживање потреба младих');
			await expectNoAxeViolations(page);
			await page.getByRole('link', { name: 'Потребе младих у Ивањици 2026.', exact: true }).click();
			await expectHeading(page, RESULTS);
			await expectNoAxeViolations(page);
			// The summary shows the demo answers: a chart with its numbers in a table.
			const plans = page.getByRole('table', { name: 'Шта планираш после школовања?' });
			expect(await plans.getByRole('row', { name: /Да останем/ }).textContent()).toMatch(/\d+ %/);
			const summaryUrl = page.url();

			// Cross-tabulation of plans after school by settlement: villages with few answers show "<5".
			await page.getByRole('link', { name: 'Укрштање', exact: true }).click();
			await page.getByRole('heading', { level: 2, name: 'Укрштање по демографији' }).waitFor();
			await expectNoAxeViolations(page);
			await page.getByLabel('Питање', { exact: true }).selectOption({ label: 'Шта планираш после школовања?' });
			await page.getByLabel('Према', { exact: true }).selectOption({ label: 'Место' });
			await page.getByRole('button', { name: 'Прикажи', exact: true }).click();
			const crosstab = page.getByRole('table', { name: 'Шта планираш после школовања? према: Место' });
			await crosstab.waitFor();
			await expectNoAxeViolations(page);
			expect(await crosstab.getByRole('columnheader', { name: 'Ивањица', exact: true }).count()).toBe(1);
			expect(await crosstab.getByRole('cell', { name: '<5', exact: true }).count()).toBeGreaterThan(0);

			// Open answers: a new theme, then two answers about bicycles coded with it.
			await page.getByRole('link', { name: 'Отворени одговори', exact: true }).click();
			await page
				.getByRole('heading', { level: 2, name: 'Отворени одговори: Шта ти највише недостаје у Ивањици?' })
				.waitFor();
			await expectNoAxeViolations(page);
			await page.getByLabel('Назив теме', { exact: false }).fill(THEME);
			await page.getByRole('button', { name: 'Направи тему', exact: true }).click();
			await page.getByRole('main').getByText('Тема је направљена.', { exact: true }).waitFor();
			await page.getByLabel('Претрага одговора', { exact: true }).fill('biciklist');
			await page.getByRole('button', { name: 'Тражи', exact: true }).click();
			await page.waitForURL((url) => url.searchParams.get('search') === 'biciklist');
			await expectNoAxeViolations(page);
			const answers = page.getByRole('group', { name: 'Отворени одговори', exact: true }).getByRole('checkbox');
			expect(await answers.count()).toBeGreaterThanOrEqual(2);
			await answers.nth(0).check();
			await answers.nth(1).check();
			await page.getByLabel('Тема', { exact: true }).selectOption({ label: THEME });
			await page.getByRole('button', { name: 'Додај тему изабраним одговорима', exact: true }).click();
			await page.getByText('Кодирана су 2 одговора.').waitFor();
			await expectNoAxeViolations(page);
			const themeCounts = page.getByRole('table', { name: 'Теме у одговорима', exact: true });
			expect(await themeCounts.getByRole('row', { name: THEME }).getByRole('cell').textContent()).toBe('2');

			// The responses as a spreadsheet: one row per response under two header rows.
			await page.goto(summaryUrl);
			const href = await page.getByRole('link', { name: 'Одговори (Ексел)', exact: true }).getAttribute('href');
			const download = await context.request.get(`${server.url}${href}`);
			expect(download.status()).toBe(200);
			const workbook = new ExcelJS.Workbook();
			await workbook.xlsx.load((await download.body()).buffer as ArrayBuffer);
			const sheet = workbook.worksheets[0];
			expect(sheet.rowCount).toBe(2 + 340);
			const codes = (sheet.getRow(2).values as unknown[]).map(String);
			expect(codes).toContain('participation.voice_heard');
		});
	});
});
