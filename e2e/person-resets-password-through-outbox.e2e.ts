import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newContext, visit } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import {
	closing,
	DEMO_PASSWORD,
	expectFieldError,
	expectHeading,
	expectPath,
	notice,
	signIn,
	signOut
} from './support/journey.ts';

// A password is changed here, so this journey gets its own office.
let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
	[server, browser] = await Promise.all([startServer({ demo: true }), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

describe('person-resets-password-through-outbox', () => {
	it('asks for a link in Latin, gets it from the outbox, sets a new password once', async () => {
		const base = server.url;
		await closing(await newContext(browser, { phone: true }), async (context) => {
			const page = await context.newPage();
			const newPassword = 'nova lozinka za Ivanjicu';

			await visit(page, `${base}/lat/sign-in`);
			await page.getByRole('link', { name: 'Zaboravili ste lozinku?', exact: true }).click();
			await expectPath(page, '/lat/forgot-password');
			await expectHeading(page, 'Nova lozinka');
			await expectNoAxeViolations(page);
			await page.getByLabel('E-pošta', { exact: true }).fill('mlada@demo.kzm.test');
			await page.getByRole('button', { name: 'Pošalji vezu', exact: true }).click();
			await page
				.getByRole('status')
				.filter({ hasText: 'Ako nalog sa tom adresom postoji, poslali smo vezu.' })
				.waitFor();
			await expectNoAxeViolations(page);
			expect(await page.getByLabel('E-pošta', { exact: true }).count()).toBe(0);

			// The administrator reads the queued message in the outbox (no mail server in the demo).
			await signIn(page, base, 'admin@demo.kzm.test', DEMO_PASSWORD, '/lat');
			await expectPath(page, '/lat/admin');
			await page.goto(`${base}/lat/admin/outbox`);
			await expectHeading(page, 'Odlazna pošta');
			await expectNoAxeViolations(page);
			const message = page
				.getByRole('listitem')
				.filter({ has: page.getByRole('heading', { name: 'Kancelarija za mlade opštine Ivanjica: nova lozinka' }) })
				.filter({ hasText: 'mlada@demo.kzm.test' });
			expect(await message.count()).toBe(1);
			await message.getByText('Prikaži poruku', { exact: true }).click();
			const body = message.getByRole('group').locator('pre');
			await body.waitFor();
			await expectNoAxeViolations(page);
			const text = (await body.textContent()) ?? '';
			// The whole e-mail is in the reader's script, the person's name included.
			expect(text).toMatch(/^Zdravo, Milica Radović,/);
			expect(text).toContain('neko (nadamo se vi) je zatražio novu lozinku za vaš nalog.');
			const link = /https?:\/\/\S+\/lat\/reset-password\/\S+/.exec(text)?.[0];
			expect(link, `no reset link in:\n${text}`).toBeTruthy();
			await signOut(page, '/lat');

			// The link opens the Latin form; a too short password is refused first.
			await page.goto(link!);
			await expectHeading(page, 'Postavite novu lozinku');
			await expectNoAxeViolations(page);
			await page.getByLabel('Nova lozinka', { exact: true }).fill('kratka');
			await page.getByLabel('Ponovite lozinku', { exact: true }).fill('kratka');
			await page.getByRole('button', { name: 'Sačuvaj novu lozinku', exact: true }).click();
			await page.getByRole('alert').filter({ hasText: 'Obrazac nije sačuvan.' }).waitFor();
			await expectNoAxeViolations(page);
			await expectFieldError(
				page.getByLabel('Nova lozinka', { exact: true }),
				'Lozinka mora imati najmanje 10 znakova.'
			);

			await page.getByLabel('Nova lozinka', { exact: true }).fill(newPassword);
			await page.getByLabel('Ponovite lozinku', { exact: true }).fill(newPassword);
			await page.getByRole('button', { name: 'Sačuvaj novu lozinku', exact: true }).click();
			await expectPath(page, '/lat/sign-in');
			await notice(page, 'Lozinka je promenjena. Sada se prijavite novom lozinkom.').waitFor();
			await expectNoAxeViolations(page);

			// The old password no longer opens the account; the new one does.
			await page.getByLabel('E-pošta', { exact: true }).fill('mlada@demo.kzm.test');
			await page.getByLabel('Lozinka', { exact: true }).fill(DEMO_PASSWORD);
			await page.getByRole('button', { name: 'Prijavi se', exact: true }).click();
			await page.getByRole('alert').filter({ hasText: 'E-pošta ili lozinka nisu tačni.' }).waitFor();
			await expectNoAxeViolations(page);
			await signIn(page, base, 'mlada@demo.kzm.test', newPassword, '/lat');
			await expectPath(page, '/lat');
			await page.getByRole('banner').getByRole('link', { name: 'Moj nalog', exact: true }).waitFor();
			await signOut(page, '/lat');

			// The link has been used: it now explains itself instead of showing the form.
			await page.goto(link!);
			await expectHeading(page, 'Postavite novu lozinku');
			await page.getByRole('alert').filter({ hasText: 'Ova veza nije važeća ili je istekla.' }).waitFor();
			await expectNoAxeViolations(page);
			expect(await page.getByLabel('Nova lozinka', { exact: true }).count()).toBe(0);
		});
	});
});
