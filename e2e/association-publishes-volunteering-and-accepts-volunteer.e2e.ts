import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newContext, visit } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { closing, DEMO_PASSWORD, expectHeading, notice, signIn, signOut } from './support/journey.ts';

// An opportunity and an application are created here, so this journey gets its own office.
let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
	[server, browser] = await Promise.all([startServer({ demo: true }), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

/** A day ten days from now, as a date field takes it. */
function inTenDays(): string {
	return new Date(Date.now() + 10 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

describe('association-publishes-volunteering-and-accepts-volunteer', () => {
	it('a representative publishes (after staff review), a young person applies, the representative accepts', async () => {
		const base = server.url;
		const title = 'Помоћ на Сајму удружења';
		await closing(await newContext(browser), async (context) => {
			const page = await context.newPage();
			await signIn(page, base, 'udruzenje@demo.kzm.test', DEMO_PASSWORD);
			await visit(page, `${base}/account`);
			await page.getByRole('link', { name: 'Волонтирање у мојим удружењима', exact: true }).click();
			await expectHeading(page, 'Волонтерски сервис');
			await expectNoAxeViolations(page);
			await page.getByRole('link', { name: 'Нова прилика', exact: true }).click();
			await expectHeading(page, 'Нова прилика');
			await expectNoAxeViolations(page);
			await page.getByLabel('Наслов', { exact: true }).fill(title);
			await page.getByLabel('Најмањи узраст (од 15; 18 ако тако одлучите)', { exact: true }).fill('14');
			await page.getByRole('button', { name: 'Пошаљи на преглед', exact: true }).click();
			// Below 15 is refused: the law's minimum.
			await page.getByRole('alert').filter({ hasText: 'Образац није сачуван.' }).waitFor();
			await page.getByText('Најмањи узраст не може бити мањи од 15 (Закон о волонтирању).').waitFor();
			await page.getByLabel('Најмањи узраст (од 15; 18 ако тако одлучите)', { exact: true }).fill('15');
			await page.getByLabel('Место (није обавезно)', { exact: true }).fill('Градски трг');
			await page.getByLabel('Смена 1: Датум', { exact: true }).fill(inTenDays());
			await page.getByLabel('Смена 1: Од', { exact: true }).fill('10:00');
			await page.getByLabel('Смена 1: До', { exact: true }).fill('14:00');
			await page.getByLabel('Смена 1: Места', { exact: true }).fill('2');
			await page.getByRole('button', { name: 'Пошаљи на преглед', exact: true }).click();
			await expectHeading(page, title);
			await notice(page, 'Прилика је послата на преглед.').waitFor();
			await page.getByText('Чека преглед', { exact: true }).waitFor();
			await expectNoAxeViolations(page);
			await signOut(page);

			// Staff review and publish it.
			await signIn(page, base, 'koordinator@demo.kzm.test', DEMO_PASSWORD);
			await visit(page, `${base}/admin/volunteering`);
			await page.getByRole('link', { name: title, exact: true }).click();
			await page.getByRole('button', { name: 'Објави', exact: true }).first().click();
			await notice(page, 'Одлука о прегледу је сачувана.').waitFor();
			await signOut(page);

			// A young person applies.
			await signIn(page, base, 'mlada@demo.kzm.test', DEMO_PASSWORD);
			await visit(page, `${base}/volunteering`);
			await page.getByRole('link', { name: title, exact: true }).click();
			await expectHeading(page, title);
			await page.getByText('још 2 места', { exact: false }).first().waitFor();
			await expectNoAxeViolations(page);
			await page
				.getByLabel('Зашто желите да волонтирате? (кратко) (није обавезно)', { exact: true })
				.fill('Волим сајмове.');
			await page.getByRole('button', { name: 'Пошаљи пријаву', exact: true }).click();
			await notice(page, 'Пријава је послата. Организатор ће вам јавити одлуку.').waitFor();
			await signOut(page);

			// The representative accepts.
			await signIn(page, base, 'udruzenje@demo.kzm.test', DEMO_PASSWORD);
			await visit(page, `${base}/account/volunteering/organise`);
			await page.getByRole('link', { name: title, exact: true }).click();
			const application = page
				.getByRole('listitem')
				.filter({ has: page.getByRole('heading', { name: 'Милица Радовић' }) });
			await application.getByText('Волим сајмове.', { exact: true }).waitFor();
			await expectNoAxeViolations(page);
			await application.getByRole('button', { name: 'Прихвати', exact: true }).click();
			await notice(page, 'Одлука је сачувана и волонтер је обавештен.').waitFor();
			await page
				.getByRole('listitem')
				.filter({ has: page.getByRole('heading', { name: 'Милица Радовић' }) })
				.getByText('Прихваћено', { exact: true })
				.waitFor();
		});
		// Four people take turns in one journey: longer than the default on a loaded machine.
	}, 240_000);
});
