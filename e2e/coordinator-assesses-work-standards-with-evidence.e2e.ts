import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, newContext } from './support/browser.ts';
import { closing, expectHeading, notice, openFromDashboard, ownDemoOffice } from './support/journey.ts';

// The office's standards are created and rated here, so this journey gets its own office.
const office = ownDemoOffice();

const INDICATOR = 'Постоје потписани споразуми о сарадњи са установама, удружењима или привредом.';
const COMMENT = 'Дом културе и Национална служба за запошљавање.';

describe('coordinator-assesses-work-standards-with-evidence', () => {
	it('starts from the default set, rates an indicator with suggested evidence, rewords it and downloads the assessment', async () => {
		const { server, browser } = office;
		await closing(await newContext(browser), async (context) => {
			const page = await context.newPage();
			await openFromDashboard(page, server.url, {
				email: 'koordinator@demo.kzm.test',
				link: 'Стандарди рада',
				heading: 'Самопроцена стандарда рада'
			});
			await page.getByRole('button', { name: 'Почни од основног скупа', exact: true }).click();
			await notice(page, 'Основни скуп стандарда је додат.').waitFor();
			await page.getByRole('region', { name: 'Активно партнерство са локалним актерима' }).waitFor();
			await expectNoAxeViolations(page);

			// Saving without a rating keeps what was typed and says why.
			const form = page.getByRole('form', { name: INDICATOR });
			await form.getByLabel('Коментар').fill(COMMENT);
			await form.getByRole('button', { name: 'Сачувај оцену' }).click();
			await form.getByText('Изаберите оцену.').waitFor();
			expect(await form.getByLabel('Коментар').inputValue()).toBe(COMMENT);

			// The platform suggests the demo office's partnership agreements of the year.
			const evidence = form.getByRole('group', { name: /^Докази/ }).getByRole('checkbox');
			expect(await evidence.count()).toBeGreaterThan(0);
			const chosen = (await evidence.first().getAttribute('value')) ?? '';
			await evidence.first().check();
			await form.getByLabel('Оцена', { exact: true }).selectOption({ label: 'Испуњен' });
			await form.getByRole('button', { name: 'Сачувај оцену' }).click();
			await notice(page, 'Оцена је сачувана.').waitFor();
			const saved = page.getByRole('form', { name: INDICATOR });
			expect(await saved.locator(`input[type=checkbox][value="${chosen}"]`).isChecked()).toBe(true);
			expect(await saved.getByLabel('Коментар').inputValue()).toBe(COMMENT);
			const summary = page.getByRole('region', { name: 'Збир по областима' });
			await summary
				.getByRole('row', { name: /Активно партнерство са локалним актерима/ })
				.getByText('100')
				.waitFor();
			await expectNoAxeViolations(page);

			for (const [name, type] of [
				['Преузми самопроцену (ПДФ)', 'application/pdf'],
				['Преузми самопроцену за Ворд', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document']
			]) {
				const href = await page.getByRole('link', { name, exact: true }).getAttribute('href');
				const response = await context.request.get(`${server.url}${href}`);
				expect(response.status()).toBe(200);
				expect(response.headers()['content-type']).toBe(type);
			}

			// Rewording the indicator keeps the wording a year already rated; a year not yet rated shows the new one.
			await page.getByRole('link', { name: 'Уреди стандарде и индикаторе', exact: true }).click();
			await expectHeading(page, 'Стандарди и индикатори');
			await expectNoAxeViolations(page);
			const editor = page.getByRole('form', { name: `Индикатор: ${INDICATOR}` });
			await editor.getByLabel('Индикатор', { exact: true }).fill('Потписани су споразуми са најмање два партнера.');
			await editor.getByRole('button', { name: 'Сачувај формулацију' }).click();
			await notice(page, 'Нова формулација је сачувана.').waitFor();
			await page.goto(`${server.url}/admin/reports/standards?year=2027`);
			await page.getByRole('form', { name: 'Потписани су споразуми са најмање два партнера.' }).waitFor();
			await page.goto(`${server.url}/en/admin/reports/standards?year=2020`);
			await expectHeading(page, 'Work standards self-assessment');
			await expectNoAxeViolations(page);
		});
	});
});
