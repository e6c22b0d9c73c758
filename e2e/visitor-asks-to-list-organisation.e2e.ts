import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newContext, visit } from './support/browser.ts';
import {
	closing,
	DEMO_PASSWORD,
	expectFieldError,
	expectHeading,
	expectPath,
	notice,
	signIn
} from './support/journey.ts';

const base = inject('demoUrl');
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

const NAME = 'Omladinsko pozorište Moravica';
const NAME_CYRILLIC = 'Омладинско позориште Моравица';

describe('visitor-asks-to-list-organisation', () => {
	it('asks in English without JavaScript, the coordinator lists it, and it appears in the directory', async () => {
		await closing(await newContext(browser, { phone: true, javaScript: false }), async (context) => {
			const page = await context.newPage();
			await visit(page, `${base}/en/organisations`);
			await page.getByRole('link', { name: 'Ask to be listed', exact: true }).click();
			await expectPath(page, '/en/organisations/ask');
			await expectHeading(page, 'Ask to list an organisation');
			await expectNoAxeViolations(page);

			// First try: no type, no consent; what was typed stays.
			await page.getByLabel('Name of the organisation', { exact: true }).fill(NAME);
			await page
				.getByLabel('Short description', { exact: true })
				.fill('Young actors from Ivanjica staging plays in villages.');
			await page.getByLabel('Contact e-mail', { exact: true }).fill('theatre@moravica.test');
			await page.getByRole('checkbox', { name: 'Culture and free time', exact: true }).check();
			await page.getByRole('button', { name: 'Send the request', exact: true }).click();
			await page.getByRole('alert').filter({ hasText: 'The form was not saved' }).first().waitFor();
			await expectNoAxeViolations(page);
			await expectFieldError(page.getByLabel('Type', { exact: true }), 'Choose the type of organisation.');
			expect(await page.getByLabel('Name of the organisation', { exact: true }).inputValue()).toBe(NAME);
			expect(await page.getByRole('checkbox', { name: 'Culture and free time', exact: true }).isChecked()).toBe(true);

			await page.getByLabel('Type', { exact: true }).selectOption({ label: 'Informal youth group' });
			await page.getByRole('checkbox', { name: /^I agree that the office keeps these details/ }).check();
			await page.getByRole('button', { name: 'Send the request', exact: true }).click();
			await expectPath(page, '/en/organisations/ask/sent');
			await expectHeading(page, 'Request sent');
			await expectNoAxeViolations(page);

			// Not public while it waits.
			await visit(page, `${base}/en/organisations?q=${encodeURIComponent('pozoriste moravica')}`);
			expect(await page.getByRole('link', { name: NAME, exact: true }).count()).toBe(0);

			// A confirmation link that does not exist says so, in the visitor's language.
			await visit(page, `${base}/en/organisations/confirm/${'x'.repeat(43)}`);
			await expectHeading(page, 'Confirming the organisation’s details');
			await page.getByText('The link is not valid.', { exact: true }).waitFor();
		});

		await closing(await newContext(browser), async (context) => {
			const staff = await context.newPage();
			await signIn(staff, base, 'koordinator@demo.kzm.test', DEMO_PASSWORD);
			await visit(staff, `${base}/admin/organisations/requests`);
			await staff.getByRole('button', { name: `Упиши: ${NAME_CYRILLIC}`, exact: true }).click();
			await notice(staff, 'Организација је уписана у регистар.').waitFor();
			await expectNoAxeViolations(staff);

			await visit(staff, `${base}/lat/organisations?q=${encodeURIComponent('pozoriste moravica')}`);
			await staff.getByRole('link', { name: NAME, exact: true }).click();
			await expectHeading(staff, NAME);
			await expectNoAxeViolations(staff);
			// The requester's address is for the office only.
			expect(await staff.getByRole('main').textContent()).not.toContain('theatre@moravica.test');
		});
	});
});
