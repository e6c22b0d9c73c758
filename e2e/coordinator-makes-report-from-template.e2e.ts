import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { downloadBytes, expectNoAxeViolations, launchBrowser, newContext } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { closing, DEMO_PASSWORD, expectHeading, notice, signIn } from './support/journey.ts';
import { docxText } from '../src/lib/export/test-helpers.ts';

// A template is changed and a report submitted (and frozen) here, so this journey gets its own office.
let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
	[server, browser] = await Promise.all([startServer({ demo: true }), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

const TEMPLATE = 'Извештај по стандардима рада канцеларије за младе';
const TEXT = 'Канцеларија има стално радно место координатора и буџетску линију.';

describe('coordinator-makes-report-from-template', () => {
	it('adapts the default template, makes the year’s report, writes it, downloads it and submits it', async () => {
		await closing(await newContext(browser), async (context) => {
			const page = await context.newPage();
			await signIn(page, server.url, 'koordinator@demo.kzm.test', DEMO_PASSWORD);
			await page.goto(`${server.url}/admin`);
			await page.getByRole('link', { name: 'Извештаји по шаблону', exact: true }).first().click();
			await expectHeading(page, 'Шаблони извештаја');
			await expectNoAxeViolations(page);

			// The demo office has the default template on the four work-standard areas.
			await page.getByRole('link', { name: TEMPLATE, exact: true }).click();
			// The heading also carries the default template's badge.
			await page.getByRole('heading', { level: 1, name: `Шаблон „${TEMPLATE}”` }).waitFor();
			await expectNoAxeViolations(page);

			// A donor asks for a section of figures: one without any is refused, on its field.
			const row = page.getByRole('group', { name: 'Део: нови унос', exact: true });
			await row.getByLabel(/^Наслов дела/).fill('Догађаји');
			await row.getByLabel(/^Наслов на енглеском/).fill('Events');
			await row.getByLabel(/^Врста дела/).selectOption('figures');
			await page.getByRole('button', { name: 'Сачувај шаблон', exact: true }).click();
			await page.getByText('Изаберите бар једну бројку из статистике.').waitFor();
			await expectNoAxeViolations(page);
			const events = page.getByRole('group', { name: /^7\. Догађаји$/ });
			await events.getByLabel('Одржани догађаји', { exact: true }).check();
			await page.getByRole('button', { name: 'Сачувај шаблон', exact: true }).click();
			await notice(page, 'Шаблон је сачуван.').waitFor();
			await page.getByRole('group', { name: /^7\. Догађаји$/ }).waitFor();

			// Last year's report from the template.
			const year = String(new Date().getFullYear() - 1);
			await page.getByLabel(/^Година/).selectOption(year);
			await page.getByRole('button', { name: 'Направи извештај', exact: true }).click();
			await notice(page, 'Извештај је направљен.').waitFor();
			await page.getByRole('heading', { level: 1, name: `${TEMPLATE} за ${year}.` }).waitFor();
			await page.getByRole('region', { name: 'Бројке: Догађаји' }).waitFor();
			await expectNoAxeViolations(page);

			const management = page.getByRole('region', { name: 'Добро управљање канцеларијом', exact: true });
			await management.getByLabel(/^Текст овог дела/).fill(TEXT);
			await page.getByRole('button', { name: 'Сачувај извештај', exact: true }).click();
			await notice(page, 'Извештај је сачуван.').waitFor();
			expect(await management.getByLabel(/^Текст овог дела/).inputValue()).toBe(TEXT);

			for (const [name, magic] of [
				['Преузми ПДФ', '%PDF'],
				['Преузми за Ворд', 'PK'],
				['Преузми табеле (Ексел)', 'PK']
			]) {
				const [download] = await Promise.all([
					page.waitForEvent('download'),
					page.getByRole('link', { name, exact: true }).click()
				]);
				const bytes = await downloadBytes(download);
				expect(bytes.subarray(0, magic.length).toString('latin1')).toBe(magic);
				if (name === 'Преузми за Ворд') {
					const text = await docxText(bytes);
					expect(text).toContain(TEXT);
					expect(text).toContain('Одржани догађаји');
				}
			}

			// Submitting asks for a confirmation, then freezes the report.
			await page.getByRole('button', { name: 'Предај извештај', exact: true }).click();
			await page.getByText('Потврдите да је извештај спреман за предају.').first().waitFor();
			await page.getByRole('checkbox', { name: 'Разумем да се предат извештај више не може мењати' }).check();
			await page.getByRole('button', { name: 'Предај извештај', exact: true }).click();
			await notice(page, 'Извештај је предат; сачувана је његова копија.').waitFor();
			await page.getByText(/више се не мења/).waitFor();
			expect(await page.getByRole('button', { name: 'Сачувај извештај' }).count()).toBe(0);
			await page.getByText(TEXT).waitFor();
			await expectNoAxeViolations(page);
			const reportPath = new URL(page.url()).pathname;

			// The same screens in Latin and in English.
			await page.goto(`${server.url}/lat${reportPath}`);
			await page
				.getByRole('heading', { level: 1, name: `Izveštaj po standardima rada kancelarije za mlade za ${year}.` })
				.waitFor();
			await expectNoAxeViolations(page);
			await page.goto(`${server.url}/en${reportPath}`);
			await page
				.getByRole('heading', { level: 1, name: `Report on the youth office work standards for ${year}` })
				.waitFor();
			await page.getByRole('heading', { name: 'Good management of the office', exact: true }).waitFor();
			await expectNoAxeViolations(page);
			await page.goto(`${server.url}/en/admin/reports/templates`);
			await expectHeading(page, 'Report templates');
			await page.getByText('Submitted', { exact: true }).waitFor();
			await expectNoAxeViolations(page);
			await page.goto(`${server.url}/lat/admin/reports/templates`);
			await expectHeading(page, 'Šabloni izveštaja');
			await page.getByRole('link', { name: 'Izveštaj po standardima rada kancelarije za mlade', exact: true }).click();
			await page
				.getByRole('heading', { level: 1, name: 'Šablon „Izveštaj po standardima rada kancelarije za mlade”' })
				.waitFor();
			await expectNoAxeViolations(page);
		});
	});
});
