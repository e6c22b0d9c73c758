import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newContext, visit } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { closing, DEMO_PASSWORD, expectHeading, signIn, signOut } from './support/journey.ts';

// Hours are corrected here, so this journey gets its own office.
let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
	[server, browser] = await Promise.all([startServer({ demo: true }), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

describe('organiser-records-hours-with-volunteer-card', () => {
	it('on a phone, the coordinator scans the demo volunteer’s card at a past shift and records the hours', async () => {
		const base = server.url;
		await closing(await newContext(browser, { phone: true }), async (context) => {
			const page = await context.newPage();
			// What the card's QR code holds: the card's verification address.
			await signIn(page, base, 'mlada@demo.kzm.test', DEMO_PASSWORD);
			await visit(page, `${base}/account/volunteering`);
			const scanned = await page.getByRole('link', { name: 'Јавна провера картице', exact: true }).getAttribute('href');
			expect(scanned).toMatch(/\/volunteering\/card\/[A-Za-z0-9_-]{40,}$/);
			await signOut(page);

			await signIn(page, base, 'koordinator@demo.kzm.test', DEMO_PASSWORD);
			await visit(page, `${base}/admin/volunteering`);
			await page.getByRole('link', { name: 'Чишћење обале Моравице', exact: true }).click();
			await page.getByRole('link', { name: 'Евиденција сати', exact: true }).first().click();
			await expectHeading(page, 'Евиденција сати: Чишћење обале Моравице');
			await expectNoAxeViolations(page);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

			// More than the shift lasted is refused.
			await page
				.getByLabel('Скенирани код или број волонтерске картице', { exact: true })
				.fill(new URL(scanned!, base).toString());
			await page.getByLabel('Сати', { exact: true }).fill('5');
			await page.getByRole('button', { name: 'Упиши сате', exact: true }).click();
			await page.getByText('Трајање смене у сатима: 4; не може се уписати више.', { exact: true }).waitFor();
			await expectNoAxeViolations(page);

			await page
				.getByLabel('Скенирани код или број волонтерске картице', { exact: true })
				.fill(new URL(scanned!, base).toString());
			await page.getByLabel('Сати', { exact: true }).fill('3,5');
			await page.getByRole('button', { name: 'Упиши сате', exact: true }).click();
			await page
				.getByRole('main')
				.getByText(/^(Исправљено|Упамћено): Милица Радовић$/)
				.waitFor();
			await page.getByText('Милица Радовић · 3,5 сати', { exact: true }).waitFor();
			await expectNoAxeViolations(page);

			// An unknown card is refused.
			await page.getByLabel('Скенирани код или број волонтерске картице', { exact: true }).fill('2026-XXXXXX');
			await page.getByLabel('Сати', { exact: true }).fill('2');
			await page.getByRole('button', { name: 'Упиши сате', exact: true }).click();
			await page.getByText('Картица није пронађена.', { exact: true }).waitFor();
			await page.getByRole('alert').filter({ hasText: 'Образац није сачуван.' }).waitFor();
		});
	});
});
