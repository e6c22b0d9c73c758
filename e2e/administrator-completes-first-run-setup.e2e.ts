import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newContext } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { closing, expectFieldError, expectHeading, expectPath, notice } from './support/journey.ts';

// An empty database: the platform has no office until someone sets it up.
let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
	[server, browser] = await Promise.all([startServer({ demo: false }), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

describe('administrator-completes-first-run-setup', () => {
	it('is sent to the setup form, corrects mistakes, and lands in the back-office of the new office', async () => {
		const base = server.url;
		await closing(await newContext(browser, { phone: true }), async (context) => {
			const page = await context.newPage();
			const officeName = 'Канцеларија за младе општине Ариље';
			const password = 'малина расте у Ариљу';

			await page.goto(`${base}/`);
			await expectPath(page, '/setup');
			await expectHeading(page, 'Прво покретање');
			await expectNoAxeViolations(page);
			// The public address (required: e-mail links are built from it) is suggested from the browser's.
			expect(await page.getByLabel('Јавна адреса портала').inputValue()).toBe(base);

			// Only someone who reads the server's console has the one-time setup code.
			const setupCode = /setup code[^:]*: ([A-Z0-9-]+)/.exec(server.output())?.[1];
			expect(setupCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
			await page.getByLabel('Код за подешавање', { exact: true }).fill('AAAA-BBBB-CCCC');

			// First attempt: a broken e-mail address and a password that is too short and not repeated.
			await page.getByLabel('Назив канцеларије', { exact: true }).fill(officeName);
			await page.getByLabel('Општина или град', { exact: true }).fill('Ариље');
			await page.getByLabel('Име и презиме', { exact: true }).fill('Драгана Николић');
			await page.getByLabel('Е-пошта', { exact: true }).fill('dragana.arilje.rs');
			await page.getByLabel('Лозинка', { exact: true }).fill('малина');
			await page.getByLabel('Поновите лозинку', { exact: true }).fill('јагода');
			await page.getByRole('button', { name: 'Заврши подешавање', exact: true }).click();
			await page.getByRole('alert').filter({ hasText: 'Образац није сачуван.' }).waitFor();
			await expectNoAxeViolations(page);
			expect(new URL(page.url()).pathname).toBe('/setup');
			await expectFieldError(
				page.getByLabel('Е-пошта', { exact: true }),
				'Унесите исправну адресу е-поште, нпр. ime@primer.rs.'
			);
			await expectFieldError(page.getByLabel('Лозинка', { exact: true }), 'Лозинка мора имати најмање 10 знакова.');
			// Everything but the passwords is still filled in.
			expect(await page.getByLabel('Назив канцеларије', { exact: true }).inputValue()).toBe(officeName);
			expect(await page.getByLabel('Општина или град', { exact: true }).inputValue()).toBe('Ариље');
			expect(await page.getByLabel('Име и презиме', { exact: true }).inputValue()).toBe('Драгана Николић');
			expect(await page.getByLabel('Е-пошта', { exact: true }).inputValue()).toBe('dragana.arilje.rs');
			expect(await page.getByLabel('Јавна адреса портала').inputValue()).toBe(base);
			expect(await page.getByLabel('Лозинка', { exact: true }).inputValue()).toBe('');

			await page.getByLabel('Е-пошта', { exact: true }).fill('dragana@arilje.rs');
			await page.getByLabel('Лозинка', { exact: true }).fill(password);
			await page.getByLabel('Поновите лозинку', { exact: true }).fill(password);
			await page.getByRole('button', { name: 'Заврши подешавање', exact: true }).click();
			// A guessed code is refused; the one from the console is accepted.
			await expectFieldError(
				page.getByLabel('Код за подешавање', { exact: true }),
				'Код није исправан. Препишите га из конзоле сервера; после поновног покретања важи нови код.'
			);
			await page.getByLabel('Код за подешавање', { exact: true }).fill(setupCode!);
			await page.getByLabel('Лозинка', { exact: true }).fill(password);
			await page.getByLabel('Поновите лозинку', { exact: true }).fill(password);
			await page.getByRole('button', { name: 'Заврши подешавање', exact: true }).click();
			await expectPath(page, '/admin');
			await expectHeading(page, 'Управљање канцеларијом');
			await notice(page, 'Подешавање је завршено. Добро дошли у управљање канцеларијом.').waitFor();
			await page.getByText('Пријављени сте као Драгана Николић', { exact: true }).waitFor();
			await expectNoAxeViolations(page);
			// A real office: no demo banner, and the administrator sees every part of the back-office.
			expect(await page.getByText('Ово је демо канцеларија', { exact: false }).count()).toBe(0);
			// On a phone the back-office navigation is folded into the shell's menu.
			await page.getByText('Мени', { exact: true }).click();
			const adminNavigation = page.getByRole('navigation', { name: 'Навигација управљања', exact: true });
			for (const entry of ['Подешавања канцеларије', 'Корисници', 'Дневник промена', 'Послата пошта']) {
				expect(await adminNavigation.getByRole('link', { name: entry, exact: true }).count(), entry).toBe(1);
			}

			// The setup cannot be run twice.
			await page.goto(`${base}/setup`);
			await expectPath(page, '/');
			// The portal now carries the office's name, in Cyrillic and in Latin.
			await expectHeading(page, officeName);
			expect(await page.getByRole('banner').getByRole('link', { name: officeName }).count()).toBe(1);
			await expectNoAxeViolations(page);
			await page.goto(`${base}/lat`);
			await expectHeading(page, 'Kancelarija za mlade opštine Arilje');
			await expectNoAxeViolations(page);

			await page.goto(`${base}/lat/admin/settings`);
			await expectHeading(page, 'Podešavanja kancelarije');
			await expectNoAxeViolations(page);
			// The name is stored as typed, in Cyrillic.
			expect(await page.getByLabel('Naziv kancelarije', { exact: true }).inputValue()).toBe(officeName);
			expect(await page.getByLabel('Opština ili grad', { exact: true }).inputValue()).toBe('Ариље');
		});
	});
});
