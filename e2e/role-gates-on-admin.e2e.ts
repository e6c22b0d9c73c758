import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newContext } from './support/browser.ts';
import { closing, DEMO_PASSWORD, expectHeading, expectPath, notice, signIn } from './support/journey.ts';

const base = inject('demoUrl');
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Opens an address and expects the friendly "access denied" page with status 403. */
async function expectDenied(page: Page, path: string, heading: string): Promise<void> {
	const response = await page.goto(`${base}${path}`);
	expect(response?.status(), path).toBe(403);
	await expectHeading(page, heading);
	await expectNoAxeViolations(page);
}

/** The entries of the back-office navigation, as the signed-in person sees them. */
async function adminEntries(page: Page, label: string): Promise<string[]> {
	const links = page.getByRole('navigation', { name: label, exact: true }).getByRole('link');
	return (await links.allTextContents()).map((text) => text.trim());
}

describe('role-gates-on-admin', () => {
	it('sends an anonymous visitor to sign in and back to the back-office as staff', async () => {
		await closing(await newContext(browser), async (context) => {
			const page = await context.newPage();
			await page.goto(`${base}/admin`);
			await expectPath(page, '/sign-in');
			expect(new URL(page.url()).searchParams.get('next')).toBe('/admin');
			await expectHeading(page, 'Пријава');
			await notice(page, 'Пријавите се да бисте наставили.').waitFor();
			await expectNoAxeViolations(page);

			await signIn(page, base, 'saradnik@demo.kzm.test', DEMO_PASSWORD);
			await expectPath(page, '/admin');
			await expectHeading(page, 'Управљање канцеларијом');
			// A youth worker sees the back-office, but not the people and roles, settings, audit log or outbox.
			const staffEntries = await adminEntries(page, 'Навигација управљања');
			expect(staffEntries).toContain('Управљање канцеларијом');
			for (const hidden of ['Корисници', 'Подешавања канцеларије', 'Дневник промена', 'Послата пошта']) {
				expect(staffEntries).not.toContain(hidden);
			}
			expect(await page.getByRole('link', { name: 'Корисници', exact: true }).count()).toBe(0);

			await expectDenied(page, '/admin/users', 'Немате приступ');
			await expectDenied(page, '/admin/settings', 'Немате приступ');
			await expectDenied(page, '/admin/outbox', 'Немате приступ');
		});
	});

	it('shows a young person the access-denied page in Cyrillic and in English', async () => {
		await closing(await newContext(browser, { phone: true }), async (context) => {
			const page = await context.newPage();
			await signIn(page, base, 'mlada@demo.kzm.test', DEMO_PASSWORD);
			expect(await page.getByRole('banner').getByRole('link', { name: 'Управљање', exact: true }).count()).toBe(0);

			await expectDenied(page, '/admin', 'Немате приступ');
			expect(await page.getAttribute('html', 'lang')).toBe('sr-Cyrl');
			await page.getByText('Ваш налог нема дозволу за овај део платформе.', { exact: false }).waitFor();

			await expectDenied(page, '/en/admin', 'Access denied');
			expect(await page.getAttribute('html', 'lang')).toBe('en');
			await page.getByText('Your account does not have permission for this part of the platform.').waitFor();
			const home = page.getByRole('main').getByRole('link', { name: 'Go to the home page', exact: true });
			expect(await home.getAttribute('href')).toBe('/en');
		});
	});

	it('shows an administrator every part of the back-office', async () => {
		await closing(await newContext(browser), async (context) => {
			const page = await context.newPage();
			await signIn(page, base, 'admin@demo.kzm.test', DEMO_PASSWORD, '/en');
			await expectPath(page, '/en/admin');
			await expectHeading(page, 'Office back-office');
			// Content modules add their own entries; these are the administrator's own.
			expect(await adminEntries(page, 'Administration navigation')).toEqual(
				expect.arrayContaining(['Office back-office', 'Office settings', 'Users', 'Audit log', 'Outbox'])
			);

			// Each entry opens its page (client-side, with JavaScript on).
			const navigation = page.getByRole('navigation', { name: 'Administration navigation', exact: true });
			for (const [entry, path, heading] of [
				['Users', '/en/admin/users', 'Users and roles'],
				['Audit log', '/en/admin/audit', 'Audit log'],
				['Outbox', '/en/admin/outbox', 'Outbox']
			]) {
				await navigation.getByRole('link', { name: entry, exact: true }).click();
				await expectPath(page, path);
				await expectHeading(page, heading);
				await expectNoAxeViolations(page);
			}
		});
	});
});
