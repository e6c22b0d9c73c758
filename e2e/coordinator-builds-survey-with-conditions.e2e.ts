import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newContext } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { closing, DEMO_PASSWORD, expectFieldError, expectHeading, notice, signIn } from './support/journey.ts';

// A survey is created and published here, so this journey gets its own demo office.
let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
	[server, browser] = await Promise.all([startServer({ demo: true }), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

describe('coordinator-builds-survey-with-conditions', () => {
	it('creates a survey, adds the demographics block and a conditional question, previews it and publishes', async () => {
		const base = server.url;
		await closing(await newContext(browser), async (context) => {
			const page = await context.newPage();
			await signIn(page, base, 'koordinator@demo.kzm.test', DEMO_PASSWORD);
			await page.goto(`${base}/admin/surveys`);
			await expectHeading(page, 'Анкете');
			await page.getByRole('cell', { name: /Потребе младих у Ивањици 2026\./ }).waitFor();
			await expectNoAxeViolations(page);

			await page.getByRole('link', { name: 'Нова анкета', exact: true }).click();
			await expectHeading(page, 'Нова анкета');
			await expectNoAxeViolations(page);
			await page.getByLabel('Наслов', { exact: true }).fill('Анкета о спорту 2026');
			await page.getByRole('button', { name: 'Направи анкету', exact: true }).click();
			await expectHeading(page, 'Анкета о спорту 2026');
			await notice(page, 'Анкета је направљена. Додајте питања.').waitFor();
			await expectNoAxeViolations(page);
			const editor = page.url();

			await page.getByRole('button', { name: 'Убаци демографски блок', exact: true }).click();
			await notice(page, 'Демографски блок је додат као нова страна.').waitFor();
			await page.getByRole('heading', { level: 3, name: 'Страна 2: О теби', exact: true }).waitFor();

			// A single-choice question on the first page, added from that page's own link: the form then puts it
			// there (not on the last page, its default); its key is suggested from the words.
			const firstPage = page
				.locator('.survey-section')
				.filter({ has: page.getByRole('heading', { level: 3, name: 'Страна 1: Анкета о спорту 2026' }) });
			await firstPage.getByRole('link', { name: /^Додај питање на ову страну/ }).click();
			await page.waitForURL((url) => url.searchParams.has('section'));
			const pageChoice = page.getByLabel('На страну', { exact: true });
			expect(await pageChoice.locator('option:checked').textContent()).toBe('Страна 1: Анкета о спорту 2026');
			await page.getByLabel('Врста питања', { exact: true }).selectOption({ label: 'Један одговор' });
			await page.getByLabel('Питање', { exact: true }).fill('Да ли тренираш неки спорт?');
			await page.getByRole('button', { name: 'Додај питање', exact: true }).click();
			await expectHeading(page, 'Измени питање');
			await expectNoAxeViolations(page);
			const key = page.getByLabel('Кључ питања', { exact: true });
			expect(await key.inputValue()).toBe('da_li_treniras_neki_sport');
			await key.fill('Тренира спорт');
			await page.getByRole('button', { name: 'Сачувај', exact: true }).click();
			await page.getByRole('alert').filter({ hasText: 'Образац није сачуван.' }).waitFor();
			await expectFieldError(key, 'Кључ: мала латинична слова');
			await expectNoAxeViolations(page);
			// A choice question needs its answers: said next to the box, the typed key kept.
			await key.fill('trains_sport');
			await page.getByRole('button', { name: 'Сачувај', exact: true }).click();
			await page.getByText('Упишите најмање два одговора, сваки у свом реду.').waitFor();
			await expectFieldError(page.getByLabel(/Понуђени одговори/), 'Упишите најмање два одговора');
			expect(await key.inputValue()).toBe('trains_sport');
			await page.getByLabel(/Понуђени одговори/).fill('Да | Yes\nНе | No');
			await page.getByLabel('Обавезно питање', { exact: true }).check();
			await page.getByRole('button', { name: 'Сачувај', exact: true }).click();
			await expectHeading(page, 'Анкета о спорту 2026');
			await firstPage.getByRole('link', { name: 'Да ли тренираш неки спорт?', exact: true }).waitFor();

			// A follow-up shown only to those who answer "yes".
			await page.getByLabel('На страну', { exact: true }).selectOption({ label: 'Страна 1: Анкета о спорту 2026' });
			await page.getByLabel('Врста питања', { exact: true }).selectOption({ label: 'Скала оцена' });
			await page.getByLabel('Питање', { exact: true }).fill('Колико си задовољан/задовољна теренима?');
			await page.getByRole('button', { name: 'Додај питање', exact: true }).click();
			await expectHeading(page, 'Измени питање');
			await page
				.getByLabel('Прикажи само ако', { exact: true })
				.selectOption({ label: '„Да ли тренираш неки спорт?“ = Да' });
			await page.getByLabel('Обавезно питање', { exact: true }).check();
			await page.getByRole('button', { name: 'Сачувај', exact: true }).click();
			await expectHeading(page, 'Анкета о спорту 2026');
			await page.getByText('Приказује се ако: „Да ли тренираш неки спорт?“ = Да').waitFor();
			await expectNoAxeViolations(page);

			// The preview answers like a respondent, and the condition works there.
			await page.getByRole('link', { name: 'Преглед (без чувања)', exact: true }).click();
			await expectHeading(page, 'Преглед: Анкета о спорту 2026');
			const followUp = page.getByRole('group', { name: /^Колико си задовољан\/задовољна теренима\?/ });
			expect(await followUp.count()).toBe(0);
			await expectNoAxeViolations(page);
			const trains = page.getByRole('group', { name: /^Да ли тренираш неки спорт\?/ });
			await trains.getByLabel('Да', { exact: true }).check();
			await page.getByRole('button', { name: 'Даље', exact: true }).click();
			await page.getByText('На основу твог одговора појавило се још једно питање на овој страни.').waitFor();
			await followUp.waitFor();
			await expectNoAxeViolations(page);
			await page.getByRole('button', { name: 'Даље', exact: true }).click();
			await followUp.getByText('Одговори на ово питање.').waitFor();
			await trains.getByLabel('Не', { exact: true }).check();
			await page.getByRole('button', { name: 'Даље', exact: true }).click();
			await page.getByRole('heading', { level: 2, name: 'О теби', exact: true }).waitFor();
			await expectNoAxeViolations(page);

			// Published, it takes answers on the portal.
			await page.goto(editor);
			await page.getByRole('button', { name: 'Објави и отвори', exact: true }).click();
			await notice(page, 'Анкета је објављена.').waitFor();
			await expectNoAxeViolations(page);
			await page.goto(`${base}/surveys/anketa-o-sportu-2026`);
			await expectHeading(page, 'Анкета о спорту 2026');
			await page.getByRole('button', { name: 'Почни', exact: true }).waitFor();
			await expectNoAxeViolations(page);

			// The demo survey: a sheet of invitation codes for a class, and a paper questionnaire typed in.
			await page.goto(`${base}/admin/surveys`);
			await page.getByRole('link', { name: 'Потребе младих у Ивањици 2026.', exact: true }).click();
			await expectHeading(page, 'Потребе младих у Ивањици 2026.');
			const demoEditor = page.url();
			await page.getByRole('link', { name: 'Кодови за позивнице', exact: true }).click();
			await page.getByLabel('За кога (на пример „Гимназија, 2/3“)', { exact: true }).fill('Гимназија II-3');
			await page.getByLabel('Колико кодова', { exact: true }).fill('4');
			await page.getByRole('button', { name: 'Направи кодове', exact: true }).click();
			await notice(page, 'Направљено кодова: 4.').waitFor();
			await expectNoAxeViolations(page);
			await page.getByRole('link', { name: 'Лист за штампу: Гимназија II-3', exact: true }).click();
			await expectHeading(page, 'Лист за штампу: Гимназија II-3');
			expect(await page.getByRole('img', { name: 'Квадратни код са адресом анкете' }).count()).toBe(4);
			await expectNoAxeViolations(page);

			await page.goto(demoEditor);
			await page.getByRole('link', { name: 'Унос папирних упитника', exact: true }).click();
			await expectHeading(page, 'Унос папирних упитника: Потребе младих у Ивањици 2026.');
			await page.getByLabel(/Које године си рођен\/рођена\?/).fill('2007');
			await page.getByLabel(/Где живиш\?/).selectOption({ label: 'Ивањица' });
			await page.getByRole('button', { name: 'Сачувај и унеси следећи', exact: true }).click();
			await notice(page, 'Упитник је сачуван. Унесите следећи.').waitFor();
			expect(await page.getByLabel(/Које године си рођен\/рођена\?/).inputValue()).toBe('');
			await expectNoAxeViolations(page);
		});
	}, 180_000);
});
