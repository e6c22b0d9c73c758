import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
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

// Accounts are created and the demo content is deleted here, so this journey gets its own office.
let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
	[server, browser] = await Promise.all([startServer({ demo: true }), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

const DEMO_NOTICE = 'Ово је демо канцеларија са измишљеним садржајем, направљена за испробавање платформе.';

/** Follows an entry of the back-office navigation and checks the page it opens. */
async function openAdminPage(page: Page, entry: string, path: string, heading: string): Promise<void> {
	await page
		.getByRole('navigation', { name: 'Навигација управљања', exact: true })
		.getByRole('link', { name: entry, exact: true })
		.click();
	await expectPath(page, path);
	await expectHeading(page, heading);
	await expectNoAxeViolations(page);
}

/** The names in the users table. */
async function listedNames(page: Page): Promise<string[]> {
	// The body's rows: the heading row's sort links are not people.
	const rows = page
		.getByRole('table')
		.locator('tbody')
		.getByRole('row')
		.filter({ has: page.getByRole('link') });
	return (await rows.getByRole('link').allTextContents()).map((text) => text.trim());
}

describe('administrator-manages-users-and-removes-demo', () => {
	it('invites a youth worker, changes roles, then hands the office over to a real administrator', async () => {
		const base = server.url;
		const realAdmin = { name: 'Снежана Поповић', email: 'snezana.popovic@ivanjica.rs', password: 'Голија и Јавор' };

		await closing(await newContext(browser), async (context) => {
			const page = await context.newPage();
			await signIn(page, base, 'admin@demo.kzm.test', DEMO_PASSWORD);
			await expectPath(page, '/admin');
			await openAdminPage(page, 'Корисници', '/admin/users', 'Корисници и улоге');
			await page
				.getByRole('status')
				.filter({ hasText: /\d+ корисника/ })
				.waitFor();

			// A new youth worker: the account is made and an invitation is queued.
			await page.getByRole('link', { name: 'Нови корисник', exact: true }).click();
			await expectPath(page, '/admin/users/new');
			await expectHeading(page, 'Нови корисник');
			await expectNoAxeViolations(page);
			await page.getByLabel('Име и презиме', { exact: true }).fill('Петар Петровић');
			await page.getByLabel('Е-пошта', { exact: true }).fill('petar.petrovic@ivanjica.rs');
			expect(await page.getByRole('checkbox', { name: 'Омладински радник', exact: true }).isChecked()).toBe(true);
			await page.getByRole('button', { name: 'Направи налог и пошаљи позив', exact: true }).click();
			await page.waitForURL((url) => /^\/admin\/users\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith('/new'));
			await expectHeading(page, 'Петар Петровић');
			await notice(page, 'Налог је направљен и позив је послат.').waitFor();
			await expectNoAxeViolations(page);
			expect(await page.getByRole('checkbox', { name: 'Омладински радник', exact: true }).isChecked()).toBe(true);
			expect(await page.getByRole('checkbox', { name: 'Администратор', exact: true }).isChecked()).toBe(false);

			await openAdminPage(page, 'Послата пошта', '/admin/outbox', 'Одлазна пошта');
			const invitation = page
				.getByRole('listitem')
				.filter({ has: page.getByRole('heading', { name: 'Налог на порталу: Канцеларија за младе општине Ивањица' }) })
				.filter({ hasText: 'petar.petrovic@ivanjica.rs' });
			expect(await invitation.count()).toBe(1);
			await invitation.getByText('Прикажи поруку', { exact: true }).click();
			const body = invitation.locator('pre');
			await body.waitFor();
			expect(await body.textContent()).toMatch(/Здраво, Петар Петровић,[\s\S]*https?:\/\/\S+\/reset-password\/\S+/);

			// An existing young person also joins the youth council.
			await openAdminPage(page, 'Корисници', '/admin/users', 'Корисници и улоге');
			await page.getByRole('link', { name: 'Милица Радовић', exact: true }).click();
			await expectHeading(page, 'Милица Радовић');
			await expectNoAxeViolations(page);
			await page.getByRole('checkbox', { name: 'Члан Савета за младе', exact: true }).check();
			await page.getByRole('button', { name: 'Сачувај улоге', exact: true }).click();
			await page.getByRole('status').filter({ hasText: 'Промене су сачуване.' }).waitFor();
			await expectNoAxeViolations(page);
			// Back to the list by the breadcrumbs: on a wide screen they say where the header's back link would go.
			await page
				.getByRole('navigation', { name: 'Где се налазите', exact: true })
				.getByRole('link', { name: 'Корисници', exact: true })
				.click();
			await expectPath(page, '/admin/users');
			await page.getByLabel('Улога', { exact: true }).selectOption({ label: 'Члан Савета за младе' });
			await page.getByRole('button', { name: 'Тражи', exact: true }).click();
			await page.waitForURL((url) => url.searchParams.get('role') === 'council_member');
			await page.getByRole('status').filter({ hasText: '2 корисника' }).waitFor();
			await expectNoAxeViolations(page);
			expect((await listedNames(page)).sort()).toEqual(['Милица Радовић', 'Стефан Ђорђевић']);
			const milica = page.getByRole('row').filter({ hasText: 'mlada@demo.kzm.test' });
			expect(await milica.textContent()).toContain('Млада особа');
			expect(await milica.textContent()).toContain('Члан Савета за младе');

			// Removing the demo: the demo administrator must name a real one and confirm.
			await openAdminPage(page, 'Подешавања канцеларије', '/admin/settings', 'Подешавања канцеларије');
			await page.getByRole('heading', { name: 'Демо садржај', exact: true }).waitFor();
			await page.getByLabel('Име и презиме', { exact: true }).fill(realAdmin.name);
			await page.getByLabel('Е-пошта', { exact: true }).fill(realAdmin.email);
			await page.getByLabel('Лозинка', { exact: true }).fill(realAdmin.password);
			await page.getByLabel('Поновите лозинку', { exact: true }).fill(realAdmin.password);
			const remove = page.getByRole('button', { name: 'Уклони демо садржај', exact: true });
			const confirm = page.getByRole('checkbox', { name: 'Разумем да се демо садржај брише трајно.', exact: true });
			await remove.click();
			await page.getByRole('alert').filter({ hasText: 'Образац није сачуван.' }).waitFor();
			await expectNoAxeViolations(page);
			await expectFieldError(confirm, 'Потврдите да желите да обришете демо садржај.');
			expect(await page.getByLabel('Име и презиме', { exact: true }).inputValue()).toBe(realAdmin.name);
			expect(await page.getByLabel('Е-пошта', { exact: true }).inputValue()).toBe(realAdmin.email);
			expect(await page.getByLabel('Лозинка', { exact: true }).inputValue()).toBe('');
			// Nothing has been removed yet.
			expect(await page.getByText(DEMO_NOTICE).count()).toBe(1);

			await page.getByLabel('Лозинка', { exact: true }).fill(realAdmin.password);
			await page.getByLabel('Поновите лозинку', { exact: true }).fill(realAdmin.password);
			await confirm.check();
			await remove.click();
			await notice(page, 'Демо садржај је уклоњен. Канцеларија је спремна за прави рад.').waitFor();
			await expectPath(page, '/admin/settings');
			await expectNoAxeViolations(page);
			expect(await page.getByText(DEMO_NOTICE).count()).toBe(0);
			expect(await page.getByRole('heading', { name: 'Демо садржај', exact: true }).count()).toBe(0);
			// The settings stay.
			expect(await page.getByLabel('Назив канцеларије', { exact: true }).inputValue()).toBe(
				'Канцеларија за младе општине Ивањица'
			);

			// Signed in as the new administrator, who now shares the office with the invited youth worker only.
			await page
				.getByRole('navigation', { name: 'Навигација управљања', exact: true })
				.getByRole('link', { name: 'Управљање канцеларијом', exact: true })
				.click();
			await expectPath(page, '/admin');
			await page.getByText(`Пријављени сте као ${realAdmin.name}`, { exact: true }).waitFor();
			await expectNoAxeViolations(page);
			await openAdminPage(page, 'Корисници', '/admin/users', 'Корисници и улоге');
			await page.getByRole('status').filter({ hasText: '2 корисника' }).waitFor();
			expect((await listedNames(page)).sort()).toEqual(['Петар Петровић', realAdmin.name].sort());
		});

		// Visitors no longer see the demo, and the demo accounts are gone.
		await closing(await newContext(browser, { phone: true, javaScript: false }), async (context) => {
			const page = await context.newPage();
			await visit(page, `${base}/`);
			await expectHeading(page, 'Канцеларија за младе општине Ивањица');
			expect(await page.getByText(DEMO_NOTICE).count()).toBe(0);
			expect(await page.getByRole('link', { name: 'О канцеларији', exact: true }).count()).toBe(0);
			for (const slug of ['o-nama', 'programi', 'zastita-podataka']) {
				const response = await page.goto(`${base}/pages/${slug}`);
				expect(response?.status(), slug).toBe(404);
				await expectHeading(page, 'Страница није пронађена');
			}
			await expectNoAxeViolations(page);

			await visit(page, `${base}/sign-in`);
			for (const email of ['admin@demo.kzm.test', 'mlada@demo.kzm.test']) {
				await page.getByLabel('Е-пошта', { exact: true }).fill(email);
				await page.getByLabel('Лозинка', { exact: true }).fill(DEMO_PASSWORD);
				await page.getByRole('button', { name: 'Пријави се', exact: true }).click();
				await page.getByRole('alert').filter({ hasText: 'Е-пошта или лозинка нису тачни.' }).waitFor();
				expect(await page.getByLabel('Е-пошта', { exact: true }).inputValue()).toBe(email);
			}
			await expectNoAxeViolations(page);
			await signIn(page, base, realAdmin.email, realAdmin.password);
			await expectPath(page, '/admin');
		});
	});
});
