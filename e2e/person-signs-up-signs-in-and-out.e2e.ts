import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newContext, visit } from './support/browser.ts';
import {
	closing,
	expectFieldError,
	expectHeading,
	expectPath,
	linkFromOutbox,
	notice,
	signIn,
	signOut
} from './support/journey.ts';

const base = inject('demoUrl');
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('person-signs-up-signs-in-and-out', () => {
	it('opens an account without JavaScript, confirmed by the e-mailed link, signs out, and signs in again after a wrong password', async () => {
		await closing(await newContext(browser, { phone: true, javaScript: false }), async (context) => {
			const page = await context.newPage();
			const email = `jovana.${Date.now()}@primer.rs`;
			const password = 'šetnja pored Moravice';

			await visit(page, `${base}/`);
			await page.getByRole('banner').getByRole('link', { name: 'Направи налог', exact: true }).click();
			await expectPath(page, '/sign-up');
			await expectHeading(page, 'Направите налог');
			await expectNoAxeViolations(page);

			// First attempt: the passwords differ and the consent box is left empty.
			await page.getByLabel('Име и презиме', { exact: true }).fill('Јована Марковић');
			await page.getByLabel('Е-пошта', { exact: true }).fill(email);
			await page.getByLabel('Лозинка', { exact: true }).fill(password);
			await page.getByLabel('Поновите лозинку', { exact: true }).fill('šetnja pored Morave');
			await page.getByRole('button', { name: 'Направи налог', exact: true }).click();
			await page.getByRole('alert').filter({ hasText: 'Образац није сачуван.' }).waitFor();
			await expectNoAxeViolations(page);
			expect(new URL(page.url()).pathname).toBe('/sign-up');
			await expectFieldError(page.getByLabel('Поновите лозинку', { exact: true }), 'Лозинке се не поклапају.');
			await expectFieldError(
				page.getByRole('checkbox', { name: /^Слажем се да канцеларија чува/ }),
				'Без ове сагласности не можемо отворити налог.'
			);
			// What was typed is still there, except the passwords, which are never sent back.
			expect(await page.getByLabel('Име и презиме', { exact: true }).inputValue()).toBe('Јована Марковић');
			expect(await page.getByLabel('Е-пошта', { exact: true }).inputValue()).toBe(email);
			expect(await page.getByLabel('Лозинка', { exact: true }).inputValue()).toBe('');
			expect(await page.getByLabel('Поновите лозинку', { exact: true }).inputValue()).toBe('');

			// Second attempt is accepted: the account opens once the address is confirmed by e-mail.
			await page.getByLabel('Лозинка', { exact: true }).fill(password);
			await page.getByLabel('Поновите лозинку', { exact: true }).fill(password);
			await page.getByRole('checkbox', { name: /^Слажем се да канцеларија чува/ }).check();
			await page.getByRole('button', { name: 'Направи налог', exact: true }).click();
			await expectHeading(page, 'Проверите пошту');
			await page
				.getByRole('main')
				.getByText(/^Послали смо поруку на адресу коју сте уписали\./)
				.waitFor();
			await expectNoAxeViolations(page);
			// Not signed in yet: the account does not exist until the link is used.
			expect(await page.getByRole('banner').getByRole('link', { name: 'Мој налог', exact: true }).count()).toBe(0);

			// An address that already has an account gets exactly the same answer (its owner gets an e-mail).
			await page.goto(`${base}/sign-up`);
			await page.getByLabel('Име и презиме', { exact: true }).fill('Неко Други');
			await page.getByLabel('Е-пошта', { exact: true }).fill('mlada@demo.kzm.test');
			await page.getByLabel('Лозинка', { exact: true }).fill(password);
			await page.getByLabel('Поновите лозинку', { exact: true }).fill(password);
			await page.getByRole('checkbox', { name: /^Слажем се да канцеларија чува/ }).check();
			await page.getByRole('button', { name: 'Направи налог', exact: true }).click();
			await expectHeading(page, 'Проверите пошту');
			await page
				.getByRole('main')
				.getByText(/^Послали смо поруку на адресу коју сте уписали\./)
				.waitFor();

			// The link from the e-mail (read in the outbox) shows a button; pressing it opens the account.
			const link = await linkFromOutbox(browser, base, {
				to: email,
				subject: 'потврдите адресу',
				path: /\/sign-up\/confirm\//
			});
			await page.goto(link);
			await expectHeading(page, 'Потврда адресе');
			await expectNoAxeViolations(page);
			await page.getByRole('button', { name: 'Потврди и отвори налог', exact: true }).click();
			await expectPath(page, '/account');
			await expectHeading(page, 'Мој налог');
			await notice(page, 'Адреса је потврђена и налог је отворен. Добро дошли!').waitFor();
			await expectNoAxeViolations(page);
			const details = page.getByRole('region', { name: 'Подаци', exact: true });
			expect(await details.textContent()).toContain('Јована Марковић');
			expect(await details.textContent()).toContain(email);
			expect(await details.textContent()).toContain('Млада особа');

			await signOut(page);
			await page.goto(`${base}/account`);
			await expectPath(page, '/sign-in');
			await expectHeading(page, 'Пријава');
			await expectNoAxeViolations(page);

			// A wrong password: one message for the whole form, the address kept, the password cleared.
			await page.getByLabel('Е-пошта', { exact: true }).fill(email);
			await page.getByLabel('Лозинка', { exact: true }).fill('šetnja pored Drine');
			await page.getByRole('button', { name: 'Пријави се', exact: true }).click();
			await page.getByRole('alert').filter({ hasText: 'Е-пошта или лозинка нису тачни.' }).waitFor();
			await expectNoAxeViolations(page);
			expect(await page.getByLabel('Е-пошта', { exact: true }).inputValue()).toBe(email);
			expect(await page.getByLabel('Лозинка', { exact: true }).inputValue()).toBe('');

			// The right password brings the person back to the account page they asked for.
			await signIn(page, base, email, password);
			await expectPath(page, '/account');
			await expectHeading(page, 'Мој налог');
			const header = page.getByRole('banner');
			expect(await header.getByRole('link', { name: 'Мој налог', exact: true }).isVisible()).toBe(true);
			expect(await header.getByRole('link', { name: 'Управљање', exact: true }).count()).toBe(0);
		});
	});
});
