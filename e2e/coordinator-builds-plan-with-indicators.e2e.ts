import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newContext } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import {
	closing,
	DEMO_PASSWORD,
	expectFieldError,
	expectHeading,
	expectPath,
	notice,
	signIn
} from './support/journey.ts';

// A plan is created and adopted here, so this journey gets its own office.
let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
	[server, browser] = await Promise.all([startServer({ demo: true }), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

const PLAN = 'Акциони план за младе 2026–2030 (радна верзија)';
const GOAL = 'Више младих у неформалном образовању';
const MEASURE = 'Радионице меких вештина у средњим школама';
const ACTIVITY = 'Циклус радионица о комуникацији и тимском раду';
const INDICATOR = 'Млади који су завршили циклус радионица';
/** A demo event held twelve days ago. */
const WORKSHOP = 'Радионица јавног наступа';

const optional = (label: string) => `${label} (није обавезно)`;

/** Saves the form in the main area and waits for the plan page to say so. */
async function saveAndReturn(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Сачувај', exact: true }).first().click();
	await notice(page, 'Промене су сачуване.').waitFor();
	await expectHeading(page, PLAN);
	await expectNoAxeViolations(page);
}

describe('coordinator-builds-plan-with-indicators', () => {
	it('creates a plan, adds goal → measure → activity with a budget and an indicator with targets, and sees progress', async () => {
		await closing(await newContext(browser), async (context) => {
			const page = await context.newPage();
			await signIn(page, server.url, 'koordinator@demo.kzm.test', DEMO_PASSWORD);

			await page
				.getByRole('navigation', { name: 'Навигација управљања', exact: true })
				.getByRole('link', { name: 'Акциони план', exact: true })
				.click();
			await expectPath(page, '/admin/action-plan');
			await expectHeading(page, 'Локални акциони план за младе');
			await expectNoAxeViolations(page);
			// The demo's current plan is listed first.
			const firstRow = page.getByRole('table').getByRole('row').nth(1);
			expect(await firstRow.textContent()).toContain('Тренутни');

			// A wrong period is refused, and what was typed stays.
			await page.getByLabel('Назив', { exact: true }).fill(PLAN);
			await page.getByLabel('Прва година', { exact: true }).fill('2030');
			await page.getByLabel('Последња година', { exact: true }).fill('2026');
			await page.getByRole('button', { name: 'Направи план', exact: true }).click();
			await page.getByRole('alert').filter({ hasText: 'Образац није сачуван.' }).waitFor();
			await expectNoAxeViolations(page);
			await expectFieldError(
				page.getByLabel('Последња година', { exact: true }),
				'Последња година не може бити пре прве.'
			);
			expect(await page.getByLabel('Назив', { exact: true }).inputValue()).toBe(PLAN);
			await page.getByLabel('Прва година', { exact: true }).fill('2026');
			await page.getByLabel('Последња година', { exact: true }).fill('2030');
			await page.getByRole('button', { name: 'Направи план', exact: true }).click();
			await notice(page, 'План је направљен. Додајте циљеве, мере и активности.').waitFor();
			await expectHeading(page, PLAN);
			await expectNoAxeViolations(page);
			const planUrl = new URL(page.url()).pathname;

			// Goal in the education area.
			await page.locator('summary', { hasText: 'Образовање' }).click();
			await page.getByRole('link', { name: 'Додај циљ: Образовање', exact: true }).click();
			await expectHeading(page, 'Нови циљ');
			await expectNoAxeViolations(page);
			expect(await page.getByLabel('Област', { exact: true }).inputValue()).not.toBe('');
			await page.getByLabel('Назив', { exact: true }).fill(GOAL);
			await saveAndReturn(page);

			// Measure under the goal.
			await page.getByRole('link', { name: `Додај меру: ${GOAL}`, exact: true }).click();
			await expectHeading(page, 'Нова мера');
			await page.getByLabel('Назив', { exact: true }).fill(MEASURE);
			await saveAndReturn(page);

			// Activity with a budget typed as "1.200.000"; a wrong amount first.
			await page.getByRole('link', { name: `Додај активност: ${MEASURE}`, exact: true }).click();
			await expectHeading(page, 'Нова активност');
			await expectNoAxeViolations(page);
			await page.getByLabel('Назив', { exact: true }).fill(ACTIVITY);
			await page.getByLabel(optional('Носилац'), { exact: true }).fill('Канцеларија за младе');
			await page
				.getByLabel(optional('Партнери у спровођењу'), { exact: true })
				.fill('Гимназија Ивањица\nТехничка школа Ивањица');
			await page.getByLabel(optional('Година почетка'), { exact: true }).fill('2026');
			await page.getByLabel(optional('Квартал почетка'), { exact: true }).fill('1');
			await page.getByLabel(optional('Година завршетка'), { exact: true }).fill('2027');
			await page.getByLabel(optional('Квартал завршетка'), { exact: true }).fill('4');
			await page.getByLabel('Статус', { exact: true }).selectOption({ label: 'У току' });
			await page.getByLabel(optional('Напредак (%)'), { exact: true }).fill('40');
			await page.getByLabel('Година, ред 1', { exact: true }).fill('2026');
			await page.getByLabel('Буџетска линија или донатор, ред 1', { exact: true }).fill('Програм 1301');
			const planned = page.getByLabel('Планирано, ред 1', { exact: true });
			await planned.fill('1.200.000,50');
			await page.getByRole('button', { name: 'Сачувај', exact: true }).click();
			await page.getByRole('alert').filter({ hasText: 'Образац није сачуван.' }).waitFor();
			await expectNoAxeViolations(page);
			await expectFieldError(planned, 'Упишите износ у целим динарима, на пример 1.200.000.');
			expect(await page.getByLabel('Назив', { exact: true }).inputValue()).toBe(ACTIVITY);
			await planned.fill('1.200.000');
			await page.getByLabel('Потрошено, ред 1', { exact: true }).fill('300 000');
			await saveAndReturn(page);

			// The tree shows the activity with its status, progress rolled up to the measure, and the budget.
			const activityRow = page.getByRole('row', { name: new RegExp(`^${ACTIVITY}`) });
			expect(await activityRow.textContent()).toContain('У току');
			expect(await activityRow.textContent()).toContain('1.200.000');
			const measureBar = page.getByRole('progressbar', { name: `Напредак: ${MEASURE}`, exact: true });
			expect(await measureBar.getAttribute('aria-valuenow')).toBe('40');
			expect(
				await page.getByRole('progressbar', { name: `Напредак: ${GOAL}`, exact: true }).getAttribute('aria-valuenow')
			).toBe('40');

			// Indicator on the measure with a baseline, an end target and yearly targets.
			await page.getByRole('link', { name: `Додај показатељ: ${MEASURE}`, exact: true }).click();
			await expectHeading(page, 'Нови показатељ');
			await expectNoAxeViolations(page);
			await page.getByLabel('Назив', { exact: true }).fill(INDICATOR);
			await page.getByLabel(optional('Јединица мере'), { exact: true }).fill('особа');
			await page.getByLabel(optional('Почетна вредност'), { exact: true }).fill('40');
			await page.getByLabel(optional('Година почетне вредности'), { exact: true }).fill('2025');
			await page.getByLabel(optional('Циљна вредност на крају плана'), { exact: true }).fill('200');
			await page.getByLabel('Циљ за 2026.', { exact: true }).fill('60');
			await page.getByLabel('Циљ за 2027.', { exact: true }).fill('90,5');
			await saveAndReturn(page);

			// Its actual value for 2026.
			await page.getByRole('link', { name: INDICATOR, exact: true }).click();
			await expectHeading(page, 'Измена показатеља');
			await page.getByLabel('Година', { exact: true }).selectOption('2026');
			await page.getByLabel(optional('Остварено'), { exact: true }).fill('72');
			await page.getByLabel(optional('Извор'), { exact: true }).fill('Евиденција присуства');
			await page.getByRole('button', { name: 'Упиши остварено', exact: true }).click();
			await notice(page, 'Остварена вредност је уписана.').waitFor();
			await expectNoAxeViolations(page);
			const row2026 = page.getByRole('row', { name: /^2026/ });
			expect((await row2026.getByRole('cell').allTextContents()).slice(0, 2)).toEqual(['60', '72']);
			expect(await page.getByLabel('Циљ за 2027.', { exact: true }).inputValue()).toBe('90,5');

			// Adopting the plan: from now on every change asks for a reason.
			await page.goto(server.url + planUrl);
			await page.getByLabel('Фаза плана', { exact: true }).selectOption({ label: 'Усвојен' });
			await page.getByLabel(optional('Број одлуке'), { exact: true }).fill('06-3/2026-I');
			await page.getByLabel('Датум одлуке', { exact: true }).fill('2026-02-12');
			await page.getByRole('button', { name: 'Сачувај', exact: true }).click();
			await notice(page, 'Промене су сачуване.').waitFor();
			// The saved plan is drawn again with its new stage; on a loaded machine that can take a while.
			await page.waitForLoadState('networkidle');
			await page
				.getByText('План је усвојен, па свака измена тражи разлог.', { exact: false })
				.first()
				.waitFor({ timeout: 30_000 });
			await expectNoAxeViolations(page);

			await page.getByRole('link', { name: ACTIVITY, exact: true }).click();
			await expectHeading(page, 'Измена активности');
			await expectNoAxeViolations(page);
			await page.getByLabel(optional('Напредак (%)'), { exact: true }).fill('60');
			await page.getByRole('button', { name: 'Сачувај', exact: true }).click();
			await page.getByRole('alert').filter({ hasText: 'План је усвојен: упишите разлог измене' }).waitFor();
			const reason = page.locator('form[action="?/save"]').getByLabel('Разлог измене', { exact: true });
			await expectFieldError(reason, 'План је усвојен: упишите разлог измене');
			await reason.fill('Одржане су још две радионице у Техничкој школи.');
			await saveAndReturn(page);
			expect(
				await page.getByRole('progressbar', { name: `Напредак: ${MEASURE}`, exact: true }).getAttribute('aria-valuenow')
			).toBe('60');
			await page.getByText('Одржане су још две радионице у Техничкој школи.').waitFor();

			// A workshop held twelve days ago is linked to the measure from the event's page…
			await page.goto(`${server.url}/admin/events?status=past&q=${encodeURIComponent('јавног наступа')}`);
			await page.getByRole('link', { name: WORKSHOP, exact: true }).click();
			await expectHeading(page, 'Измена догађаја');
			await page
				.getByRole('group', { name: 'Које мере и активности плана овај догађај спроводи?', exact: true })
				.getByRole('checkbox', { name: `${MEASURE} (${PLAN})`, exact: true })
				.check();
			await page.getByRole('button', { name: 'Сачувај везе са планом', exact: true }).click();
			await notice(page, 'Везе са акционим планом су сачуване.').waitFor();
			await expectNoAxeViolations(page);

			// …and the indicator is now counted by the platform: events held, instead of the typed 72.
			await page.goto(server.url + planUrl);
			await page.getByRole('link', { name: INDICATOR, exact: true }).click();
			await expectHeading(page, 'Измена показатеља');
			await page.getByRole('radio', { name: 'Броји платформа: одржани повезани догађаји', exact: true }).check();
			await page
				.locator('form[action="?/save"]')
				.getByLabel('Разлог измене', { exact: true })
				.fill('Радионице се воде на порталу, па их платформа броји.');
			await saveAndReturn(page);
			await page.getByRole('link', { name: INDICATOR, exact: true }).click();
			await expectHeading(page, 'Измена показатеља');
			await page.getByText('Остварене вредности овог показатеља броји платформа', { exact: false }).waitFor();
			expect(await page.getByRole('button', { name: 'Упиши остварено', exact: true }).count()).toBe(0);
			const workshopYear = Number(
				new Intl.DateTimeFormat('en', { timeZone: 'Europe/Belgrade', year: 'numeric' }).format(
					new Date(Date.now() - 12 * 24 * 60 * 60 * 1000)
				)
			);
			const countedRow = page.getByRole('row', { name: new RegExp(`^${workshopYear}`) });
			expect((await countedRow.getByRole('cell').allTextContents()).map((text) => text.trim()).slice(1)).toEqual([
				'1',
				'броји платформа'
			]);
			await expectNoAxeViolations(page);

			// The adopted plan is public, with the indicator chart on the measure page, saying who counted.
			await page.goto(server.url + planUrl);
			await page.getByRole('link', { name: 'Погледај на порталу', exact: true }).click();
			await expectHeading(page, PLAN);
			await expectNoAxeViolations(page);
			await page.getByRole('link', { name: MEASURE, exact: true }).click();
			await expectHeading(page, MEASURE);
			await page.getByRole('img', { name: `Циљ и остварење по годинама: ${INDICATOR}` }).waitFor();
			const numbers = page.getByRole('table', { name: `Бројеви: ${INDICATOR}` });
			await numbers.getByRole('columnheader', { name: 'Остварено (броји платформа)', exact: true }).waitFor();
			const publicRow = numbers.getByRole('row', { name: new RegExp(`^${workshopYear}`) });
			expect((await publicRow.getByRole('cell').allTextContents()).map((text) => text.trim())[1]).toBe('1');
			await expectNoAxeViolations(page);
		});
	});
});
