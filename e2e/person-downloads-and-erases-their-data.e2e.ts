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
	signIn
} from './support/journey.ts';

// People are erased here, so this journey gets its own demo office.
let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
	[server, browser] = await Promise.all([startServer({ demo: true }), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

const YOUNG_PERSON = 'mlada@demo.kzm.test';
/** The look-up form's e-mail field (e-mail or phone, so each is marked optional). */
const ADMIN_EMAIL = 'Е-пошта (није обавезно)';
const VISITOR = { name: 'Петар Посетилац', email: 'petar.posetilac@primer.rs' };

describe('person-downloads-and-erases-their-data', () => {
	it('a young person reads and downloads their data, then erases their account', async () => {
		await closing(await newContext(browser, { phone: true, javaScript: false }), async (context) => {
			const page = await context.newPage();
			await signIn(page, server.url, YOUNG_PERSON, DEMO_PASSWORD);
			await visit(page, `${server.url}/account`);
			await expectHeading(page, 'Мој налог');
			await page.getByRole('link', { name: 'Погледај моје податке', exact: true }).click();
			await expectPath(page, '/account/my-data');
			await expectHeading(page, 'Подаци које канцеларија чува о вама');
			await expectNoAxeViolations(page);
			const account = page.getByRole('region', { name: 'Налог', exact: true });
			expect(await account.textContent()).toContain(YOUNG_PERSON);
			expect(await account.textContent()).toContain('Милица Радовић');
			// Her own actions read as sentences in her script: no action or record code, no identifier anywhere.
			const actions = page.getByRole('region', { name: 'Ваше радње на порталу', exact: true });
			expect(await actions.textContent()).toContain('Пријава на налог — налог');
			const shown = ((await page.locator('main').textContent()) ?? '').replace(/\S+@\S+/g, '');
			expect(shown).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
			expect(shown).not.toMatch(/\b[a-z]+\.[a-z_]+\b|\b[a-z]+_[a-z_]+\b/);

			const download = await page.request.get(`${server.url}/account/my-data.json`);
			expect(download.status()).toBe(200);
			expect(download.headers()['content-disposition']).toContain('attachment');
			const exported = (await download.json()) as { sections: { titleKey: string; records: unknown[] }[] };
			expect(exported.sections.map((section) => section.titleKey)).toContain('accounts.personalData.account');
			expect(JSON.stringify(exported)).toContain(YOUNG_PERSON);

			// A wrong password erases nothing.
			const password = page.getByLabel('Лозинка, за потврду', { exact: true });
			await password.fill('nije moja lozinka');
			await page.getByRole('button', { name: 'Трајно обриши мој налог и податке', exact: true }).click();
			await expectFieldError(page.getByLabel('Лозинка, за потврду', { exact: true }), 'Лозинка није тачна.');
			await expectNoAxeViolations(page);

			await page.getByLabel('Лозинка, за потврду', { exact: true }).fill(DEMO_PASSWORD);
			await page.getByRole('button', { name: 'Трајно обриши мој налог и податке', exact: true }).click();
			await expectPath(page, '/');
			await notice(page, 'Ваш налог и подаци су обрисани. Хвала што сте били с нама.').waitFor();

			// The account is gone: signing in again fails.
			await visit(page, `${server.url}/sign-in`);
			await page.getByLabel('Е-пошта', { exact: true }).fill(YOUNG_PERSON);
			await page.getByLabel('Лозинка', { exact: true }).fill(DEMO_PASSWORD);
			await page.getByRole('button', { name: 'Пријави се', exact: true }).click();
			await page.getByRole('alert').filter({ hasText: 'Е-пошта или лозинка нису тачни.' }).waitFor();
		});
	});

	it('a coordinator finds a visitor without an account by e-mail and erases their data', async () => {
		await closing(await newContext(browser, { phone: false, javaScript: false }), async (context) => {
			const page = await context.newPage();
			// The visitor writes through the contact form.
			await visit(page, `${server.url}/contact`);
			await page.getByLabel('Име и презиме', { exact: true }).fill(VISITOR.name);
			await page.getByLabel('Е-пошта', { exact: true }).fill(VISITOR.email);
			await page.getByLabel('Порука', { exact: true }).fill('Молим вас да обришете моје податке.');
			await page.getByRole('checkbox', { name: /^Пристајем да канцеларија за младе сачува/ }).check();
			await page.getByRole('button', { name: 'Пошаљи поруку', exact: true }).click();
			await expectHeading(page, 'Порука је послата');

			await signIn(page, server.url, 'koordinator@demo.kzm.test', DEMO_PASSWORD);
			await visit(page, `${server.url}/admin/data-requests`);
			await expectHeading(page, 'Захтеви у вези са личним подацима');
			await expectNoAxeViolations(page);

			// Neither an address nor a phone: the form says what it needs.
			await page.getByRole('button', { name: 'Прикажи податке', exact: true }).click();
			await expectFieldError(
				page.getByLabel(ADMIN_EMAIL, { exact: true }),
				'Унесите адресу е-поште или број телефона.'
			);

			await page.getByLabel(ADMIN_EMAIL, { exact: true }).fill(VISITOR.email);
			await page.getByRole('button', { name: 'Прикажи податке', exact: true }).click();
			const messages = page.getByRole('region', { name: 'Поруке послате преко контакт обрасца', exact: true });
			expect(await messages.textContent()).toContain(VISITOR.name);
			await expectNoAxeViolations(page);

			await page.getByRole('checkbox', { name: /^Потврђујем да је особа тражила брисање/ }).check();
			await page.getByRole('button', { name: 'Обриши податке ове особе', exact: true }).click();
			await expectPath(page, '/admin/data-requests');
			await notice(page, 'Подаци су обрисани или анонимизовани.').waitFor();

			await page.getByLabel(ADMIN_EMAIL, { exact: true }).fill(VISITOR.email);
			await page.getByRole('button', { name: 'Прикажи податке', exact: true }).click();
			await page.getByRole('status').filter({ hasText: 'Канцеларија не чува ништа о особи' }).waitFor();
		});
	});
});
