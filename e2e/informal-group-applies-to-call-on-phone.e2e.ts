import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newContext, visit } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import {
	closing,
	DEMO_PASSWORD,
	expectHeading,
	expectPath,
	linkFromOutbox,
	notice,
	signIn,
	signOut
} from './support/journey.ts';

// A call and an application are created here, so this journey gets its own office.
let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
	[server, browser] = await Promise.all([startServer({ demo: true }), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

const CALL = 'Мали пројекти младих за лето';
const field = (page: Page, name: string) => page.locator(`[name="${name}"]`);

/** Today in Belgrade and a date some days later, as date fields take them. */
function dates(): { today: string; later: string } {
	const format = (date: Date) => date.toLocaleDateString('sv-SE', { timeZone: 'Europe/Belgrade' });
	return { today: format(new Date(Date.now() - 86_400_000)), later: format(new Date(Date.now() + 20 * 86_400_000)) };
}

describe('informal-group-applies-to-call-on-phone', () => {
	it('the coordinator publishes a call for informal groups; a group applies on a 320 px phone without JavaScript', async () => {
		const base = server.url;
		// The coordinator prepares and publishes the call in the back-office.
		await closing(await newContext(browser), async (context) => {
			const page = await context.newPage();
			await signIn(page, base, 'admin@demo.kzm.test', DEMO_PASSWORD);
			await visit(page, `${base}/admin/calls`);
			await expectHeading(page, 'Конкурси за пројекте младих');
			await page.getByRole('link', { name: 'Нови конкурс', exact: true }).click();
			await expectHeading(page, 'Нови конкурс');
			await expectNoAxeViolations(page);
			const { today, later } = dates();
			await page.getByLabel('Назив конкурса', { exact: true }).fill(CALL);
			await field(page, 'summary').fill('До 100.000 динара за летње акције група младих.');
			await page.getByLabel('Укупна средства (динара)', { exact: true }).fill('500.000');
			await field(page, 'minPerProject').fill('20000');
			await page.getByLabel('Највећи износ по пројекту', { exact: true }).fill('100000');
			await page.getByRole('checkbox', { name: 'Неформална група младих', exact: true }).check();
			await field(page, 'categories[0].name').fill('Материјал и опрема');
			await field(page, 'categories[1].name').fill('Плате');
			await field(page, 'categories[1].kind').selectOption('ineligible');
			await field(page, 'questions[0].text').fill('Како ћете позвати младе из осетљивих група?');
			await field(page, 'criteria[0].name').fill('Потребе младих');
			await field(page, 'criteria[0].maxPoints').fill('60');
			await field(page, 'criteria[1].name').fill('Реалан буџет');
			await field(page, 'criteria[1].maxPoints').fill('40');
			await field(page, 'opensDate').fill(today);
			await field(page, 'closesDate').fill(later);
			await page.getByRole('radio', { name: 'Објављен на порталу', exact: true }).check();
			await page.getByRole('button', { name: 'Сачувај', exact: true }).click();
			await notice(page, 'Конкурс је сачуван.').waitFor();
			await expectNoAxeViolations(page);
			await signOut(page);
		});

		await closing(await newContext(browser, { phone: true, javaScript: false }), async (context) => {
			const page = await context.newPage();
			// The call is on the home page while open, with the time left in words.
			await visit(page, base);
			const block = page.getByRole('region', { name: 'Отворени конкурси за пројекте' });
			await block.getByRole('link', { name: CALL, exact: true }).click();
			await expectHeading(page, CALL);
			expect(await page.locator('script[src]').count()).toBe(0);
			await page.getByText(/^Рок истиче за (19|20) дана$/).waitFor();
			await expectNoAxeViolations(page);
			const hasScroll = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
			expect(hasScroll).toBe(false);

			// Applying needs an account.
			await page.getByRole('link', { name: 'Пријавите се на портал да бисте попунили пријаву', exact: true }).click();
			await page.getByRole('main').getByRole('link', { name: 'Направи налог', exact: true }).click();
			await page.getByLabel('Име и презиме', { exact: true }).fill('Ана Петровић');
			await page.getByLabel('Е-пошта', { exact: true }).fill('ana.petrovic@example.rs');
			await page.getByLabel('Лозинка', { exact: true }).fill('клупе у парку 2026');
			await page.getByLabel('Поновите лозинку', { exact: true }).fill('клупе у парку 2026');
			await page.getByRole('checkbox', { name: /^Слажем се да канцеларија чува/ }).check();
			await page.getByRole('button', { name: 'Направи налог', exact: true }).click();
			// The account opens once the address is confirmed with the e-mailed link.
			await expectHeading(page, 'Проверите пошту');
			await page.goto(
				await linkFromOutbox(browser, base, {
					to: 'ana.petrovic@example.rs',
					subject: 'потврдите адресу',
					path: /\/sign-up\/confirm\//
				})
			);
			await page.getByRole('button', { name: 'Потврди и отвори налог', exact: true }).click();
			await expectPath(page, '/account');

			await visit(page, `${base}/calls`);
			await page.getByRole('link', { name: CALL, exact: true }).click();
			await page.getByRole('button', { name: 'Започни пријаву', exact: true }).click();
			await expectHeading(page, 'Пријава');
			await expectNoAxeViolations(page);

			// A first try: four members, a budget over the maximum.
			await page.getByLabel('Назив групе', { exact: true }).fill('Група Кварт');
			const members = [
				['Ана Петровић', '2008'],
				['Марко Јовановић', '2010'],
				['Јелена Илић', '2009'],
				['Стефан Радовић', '2011']
			];
			for (const [index, [name, year]] of members.entries()) {
				await field(page, `members[${index}].name`).fill(name);
				await field(page, `members[${index}].birthYear`).fill(year);
			}
			await page.getByLabel('Назив пројекта', { exact: true }).fill('Клупе у парку');
			await page
				.getByLabel('Кратак опис пројекта', { exact: true })
				.fill('Обнављамо клупе и правимо кутак за дружење.');
			await page
				.getByLabel('Потреба на коју пројекат одговара', { exact: true })
				.fill('Млади немају где да се окупљају.');
			await page.getByLabel('Циљна група', { exact: true }).fill('Млади из насеља од 15 до 20 година.');
			await page.getByLabel('Очекивани резултати', { exact: true }).fill('Десет обновљених клупа.');
			await field(page, 'activities[0].title').fill('Набавка материјала и фарбање');
			await field(page, 'activities[0].from').fill('2026-06');
			await field(page, 'activities[0].to').fill('2026-07');
			await field(page, 'budget[0].categoryKey').selectOption({ label: 'Материјал и опрема' });
			await field(page, 'budget[0].description').fill('Боја и даске');
			await field(page, 'budget[0].quantity').fill('10');
			await field(page, 'budget[0].unitPrice').fill('12.000');
			await page
				.getByLabel('Како ћете позвати младе из осетљивих група?', { exact: true })
				.fill('Преко школе и ромског удружења.');

			// Recalculating without JavaScript: the server saves the draft and shows the totals.
			await page.getByRole('button', { name: 'Сачувај и прерачунај', exact: true }).click();
			await notice(page, 'Пријава је сачувана.').waitFor();
			await page.getByText('120.000 дин.', { exact: true }).first().waitFor();
			await expectNoAxeViolations(page);

			await page.getByRole('button', { name: 'Поднеси пријаву', exact: true }).click();
			await page.getByRole('alert').filter({ hasText: 'Пријава је сачувана, али још не може да се поднесе' }).waitFor();
			await page.getByText('Група мора имати најмање 5 чланова.', { exact: true }).waitFor();
			await page.getByText(/Тражени износ је већи од највећег/).waitFor();
			await expectNoAxeViolations(page);
			// What was typed is still there.
			expect(await field(page, 'members[3].name').inputValue()).toBe('Стефан Радовић');

			// Fixed: a fifth member, a smaller budget.
			await field(page, 'members[4].name').fill('Милица Томић');
			await field(page, 'members[4].birthYear').fill('2010');
			await field(page, 'budget[0].quantity').fill('8');
			await page.getByRole('button', { name: 'Поднеси пријаву', exact: true }).click();
			await notice(page, 'Пријава је поднета. Потврду с бројем пријаве послали смо е-поштом.').waitFor();
			await page.getByText(/^P-\d{4}-\d{4}$/).waitFor();
			await expectNoAxeViolations(page);
			await expect(page.getByRole('button', { name: 'Поднеси пријаву' }).count()).resolves.toBe(0);
			await expectFieldErrorAbsent(page);
		});
	});
});

/** After submission the page only shows the application: no field is marked invalid. */
async function expectFieldErrorAbsent(page: Page): Promise<void> {
	expect(await page.locator('[aria-invalid="true"]').count()).toBe(0);
}
