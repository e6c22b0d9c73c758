import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newContext } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { closing, DEMO_PASSWORD, expectFieldError, expectHeading, notice, signIn } from './support/journey.ts';

// A report is submitted (and frozen) here, so this journey gets its own office.
let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
	[server, browser] = await Promise.all([startServer({ demo: true }), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

const TEXT = 'Канцеларија је ове године отворила клуб у Кушићима.';

describe('coordinator-writes-and-submits-annual-report', () => {
	it('writes the year, downloads all three formats, submits it after confirming, and publishes it', async () => {
		await closing(await newContext(browser), async (context) => {
			const page = await context.newPage();
			await signIn(page, server.url, 'koordinator@demo.kzm.test', DEMO_PASSWORD);
			await page.goto(`${server.url}/admin`);
			await page.getByRole('link', { name: 'Годишњи извештај', exact: true }).first().click();
			await expectHeading(page, 'Годишњи извештај канцеларије');
			await expectNoAxeViolations(page);
			const year = String(new Date().getFullYear());
			await page.getByLabel('Година извештаја', { exact: true }).selectOption(year);
			await page.getByRole('button', { name: 'Започни извештај', exact: true }).click();
			// The heading also carries the report's status (a badge).
			await page.getByRole('heading', { level: 1, name: `Годишњи извештај за ${year}.` }).waitFor();
			await page.getByRole('heading', { name: 'Канцеларија у бројкама' }).waitFor();
			await expectNoAxeViolations(page);

			const numbers = page.getByRole('region', { name: 'Канцеларија у бројкама' });
			await numbers.getByLabel(/^Текст овог дела/).fill(TEXT);
			await page.getByRole('button', { name: 'Сачувај извештај', exact: true }).click();
			await notice(page, 'Извештај је сачуван.').waitFor();
			expect(await numbers.getByLabel(/^Текст овог дела/).inputValue()).toBe(TEXT);

			for (const [name, type] of [
				['Преузми ПДФ', 'application/pdf'],
				['Преузми за Ворд', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
				['Преузми табеле (Ексел)', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']
			]) {
				const href = await page.getByRole('link', { name, exact: true }).getAttribute('href');
				const response = await context.request.get(`${server.url}${href}`);
				expect(response.status()).toBe(200);
				expect(response.headers()['content-type']).toBe(type);
				expect((await response.body()).byteLength).toBeGreaterThan(1000);
			}

			// Submitting asks for a confirmation first.
			await page.getByRole('button', { name: 'Предај извештај', exact: true }).click();
			await page.getByRole('alert').filter({ hasText: 'Образац није сачуван.' }).waitFor();
			const confirm = page.getByRole('checkbox', {
				name: 'Разумем да се предат извештај више не може мењати',
				exact: true
			});
			await expectFieldError(confirm, 'Потврдите да је извештај спреман за предају.');
			await expectNoAxeViolations(page);
			await confirm.check();
			await page.getByRole('button', { name: 'Предај извештај', exact: true }).click();
			await notice(page, 'Извештај је предат; сачувана је његова копија.').waitFor();
			await page.getByText(/више се не мења/).waitFor();
			expect(await page.getByRole('button', { name: 'Сачувај извештај' }).count()).toBe(0);
			await page.getByText(TEXT).waitFor();
			await expectNoAxeViolations(page);

			// Not public until published.
			expect((await context.request.get(`${server.url}/annual-reports/${year}.pdf`)).status()).toBe(404);
			await page.getByRole('button', { name: 'Објави на порталу', exact: true }).click();
			await notice(page, 'Извештај је објављен на порталу.').waitFor();
			await page.goto(`${server.url}/lat/annual-reports`);
			await expectHeading(page, 'Godišnji izveštaji');
			await expectNoAxeViolations(page);
			const file = await context.request.get(`${server.url}/lat/annual-reports/${year}.docx`);
			expect(file.status()).toBe(200);
		});
	});
});
