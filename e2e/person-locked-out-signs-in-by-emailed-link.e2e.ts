import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newContext } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { closing, expectHeading, expectPath, linkFromOutbox, notice, signUpAndConfirm } from './support/journey.ts';

// Wrong passwords count against the address every journey signs in from, so this one gets its own office.
let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
	[server, browser] = await Promise.all([startServer({ demo: true }), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

describe('person-locked-out-signs-in-by-emailed-link', () => {
	it('after eight wrong passwords from their network, the owner signs in with a one-time e-mailed link', async () => {
		const base = server.url;
		await closing(await newContext(browser, { phone: true, javaScript: false }), async (context) => {
			const page = await context.newPage();
			const email = `zaboravna.${Date.now()}@primer.rs`;
			const password = 'planinska staza 2027';
			await signUpAndConfirm(page, base, browser, { name: 'Тијана Лазић', email, password });
			await page.getByRole('banner').getByRole('button', { name: 'Одјава', exact: true }).click();
			await notice(page, 'Одјављени сте.').waitFor();

			// Someone on the same network guesses until signing in from here is locked.
			await page.goto(`${base}/sign-in`);
			for (let attempt = 0; attempt < 8; attempt++) {
				await page.getByLabel('Е-пошта', { exact: true }).fill(email);
				await page.getByLabel('Лозинка', { exact: true }).fill(`pogresna ${attempt}`);
				await page.getByRole('button', { name: 'Пријави се', exact: true }).click();
				await page.getByRole('alert').filter({ hasText: 'Е-пошта или лозинка нису тачни.' }).waitFor();
			}
			// Now even the right password is refused here, and a sign-in link is offered instead.
			await page.getByLabel('Е-пошта', { exact: true }).fill(email);
			await page.getByLabel('Лозинка', { exact: true }).fill(password);
			await page.getByRole('button', { name: 'Пријави се', exact: true }).click();
			await page
				.getByRole('alert')
				.filter({ hasText: /^Превише неуспешних покушаја са ове адресе\./ })
				.waitFor();
			await expectNoAxeViolations(page);
			await page.getByRole('button', { name: 'Пошаљи ми везу за пријаву', exact: true }).click();
			await expectPath(page, '/sign-in/link');
			await expectHeading(page, 'Пријава преко везе из е-поште');
			await page
				.getByRole('main')
				.getByText(/^Ако налог са том адресом постоји, послали смо везу за пријаву\./)
				.waitFor();
			await expectNoAxeViolations(page);

			const link = await linkFromOutbox(browser, base, {
				to: email,
				subject: 'веза за пријаву',
				path: /\/sign-in\/link\//
			});
			await page.goto(link);
			await expectHeading(page, 'Пријава преко везе из е-поште');
			await expectNoAxeViolations(page);
			await page.getByRole('button', { name: 'Пријави се', exact: true }).click();
			await expectPath(page, '/account');
			await notice(page, 'Пријављени сте.').waitFor();
			await expectNoAxeViolations(page);

			// The link works once.
			await page.goto(link);
			await page
				.getByRole('alert')
				.filter({ hasText: /^Ова веза за пријаву није важећа/ })
				.waitFor();
			expect(await page.getByRole('button', { name: 'Пријави се', exact: true }).count()).toBe(0);
		});
	});
});
