import { describe, expect, it } from 'vitest';
import { downloadBytes, expectNoAxeViolations, newContext } from './support/browser.ts';
import { closing, expectHeading, notice, openFromDashboard, ownDemoOffice } from './support/journey.ts';
import { docxText } from '../src/lib/export/test-helpers.ts';

// A template is changed, archived and a report submitted (and published) here, so this journey gets its own office.
const office = ownDemoOffice();

const TEMPLATE = 'Извештај по стандардима рада канцеларије за младе';
const TEXT = 'Канцеларија има стално радно место координатора и буџетску линију.';

describe('coordinator-makes-report-from-template', () => {
	it('adapts the default template, reorders it, makes the year’s report, writes, downloads, submits and publishes it, then archives the template', async () => {
		const { server, browser } = office;
		await closing(await newContext(browser), async (context) => {
			const page = await context.newPage();
			await openFromDashboard(page, server.url, {
				email: 'koordinator@demo.kzm.test',
				link: 'Извештаји по шаблону',
				heading: 'Шаблони извештаја'
			});

			// The demo office has the default template on the four work-standard areas.
			await page.getByRole('link', { name: TEMPLATE, exact: true }).click();
			// The heading also carries the default template's badge.
			await page.getByRole('heading', { level: 1, name: `Шаблон „${TEMPLATE}”` }).waitFor();
			await expectNoAxeViolations(page);
			const templatePath = new URL(page.url()).pathname;

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

			// The new section moves up above the action plan, and the order stays saved.
			const last = page.getByRole('group', { name: /^7\. Догађаји$/ });
			expect(await last.getByRole('button', { name: 'Помери доле' }).count()).toBe(0);
			await last.getByRole('button', { name: 'Помери горе', exact: true }).click();
			await notice(page, 'Нови редослед делова је сачуван.').waitFor();
			await page.getByRole('group', { name: /^6\. Догађаји$/ }).waitFor();
			await page.getByRole('group', { name: /^7\. Спровођење локалног акционог плана за младе$/ }).waitFor();
			await expectNoAxeViolations(page);
			await page.reload();
			await page.getByRole('group', { name: /^6\. Догађаји$/ }).waitFor();
			const first = page.getByRole('group', { name: /^1\. Увод$/ });
			expect(await first.getByRole('button', { name: 'Помери горе' }).count()).toBe(0);

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

			// The submitted copy is published on the portal beside the annual reports.
			await page.getByRole('button', { name: 'Објави на порталу', exact: true }).click();
			await notice(page, 'Извештај је објављен на порталу.').waitFor();
			await page.getByRole('button', { name: 'Уклони са портала', exact: true }).waitFor();
			await page.goto(`${server.url}/annual-reports`);
			await page.getByRole('heading', { level: 2, name: 'Остали извештаји', exact: true }).waitFor();
			await expectNoAxeViolations(page);
			const downloads = page.getByRole('list', { name: `${TEMPLATE} за ${year}.`, exact: true });
			const href = await downloads.getByRole('link', { name: 'Преузми за Ворд', exact: true }).getAttribute('href');
			const published = await context.request.get(`${server.url}${href}`);
			expect(published.status()).toBe(200);
			expect(await docxText(await published.body())).toContain(TEXT);

			// A template with a report is not deleted: the page says so and offers to archive it.
			await page.goto(`${server.url}${templatePath}`);
			await page.getByRole('heading', { level: 1, name: `Шаблон „${TEMPLATE}”` }).waitFor();
			await page.getByRole('link', { name: 'Обриши шаблон', exact: true }).click();
			await page.getByText('Шаблон ће бити трајно обрисан.', { exact: false }).waitFor();
			await expectNoAxeViolations(page);
			await page.getByRole('button', { name: 'Обриши шаблон', exact: true }).click();
			await page.getByText(/^По овом шаблону су направљени извештаји, па се не може обрисати\./).waitFor();
			await expectNoAxeViolations(page);

			// Archived, it is no longer offered for new reports, and its report still reads.
			await page.getByRole('link', { name: 'Архивирај шаблон', exact: true }).click();
			await page.getByRole('button', { name: 'Архивирај шаблон', exact: true }).click();
			await notice(page, 'Шаблон је архивиран.').waitFor();
			await page.getByText(/^Шаблон је архивиран, па се по њему не праве нови извештаји\./).waitFor();
			expect(await page.getByRole('button', { name: 'Направи извештај' }).count()).toBe(0);
			await expectNoAxeViolations(page);
			await page.goto(`${server.url}/admin/reports/templates`);
			await page.getByRole('heading', { level: 2, name: 'Архивирани шаблони', exact: true }).waitFor();
			await expectNoAxeViolations(page);
			await page.goto(`${server.url}${reportPath}`);
			await page.getByRole('heading', { level: 1, name: `${TEMPLATE} за ${year}.` }).waitFor();
			await page.getByText(TEXT).waitFor();

			// Restored, it makes reports again.
			await page.goto(`${server.url}${templatePath}`);
			await page.getByRole('button', { name: 'Врати шаблон', exact: true }).click();
			await notice(page, 'Шаблон је враћен међу активне.').waitFor();
			await page.getByRole('button', { name: 'Направи извештај', exact: true }).waitFor();

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
