import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newContext, visit } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { closing, DEMO_PASSWORD, expectHeading, notice, signIn } from './support/journey.ts';

// The coordinator changes a round that is already open (refused for the amount, accepted for a later
// date), prints invitation codes for a class, downloads an export and keeps the categories.
let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
	[server, browser] = await Promise.all([startServer({ demo: true }), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

describe('coordinator-edits-round-and-hands-out-codes', () => {
	it('is refused a new amount for an open round, extends it, prints codes, exports and retires a category', async () => {
		await closing(await newContext(browser), async (context) => {
			const page = await context.newPage();
			await signIn(page, server.url, 'koordinator@demo.kzm.test', DEMO_PASSWORD, '/en');
			await visit(page, `${server.url}/en/admin/participation/budget`);
			await page.getByRole('link', { name: /^Budžet za mlade \d{4}$/ }).click();
			await page.getByRole('link', { name: 'Edit the round', exact: true }).click();
			await page.getByRole('heading', { level: 1, name: /^Edit the round/ }).waitFor();
			await expectNoAxeViolations(page);
			await page.getByText('It is already open: only the texts and dates still ahead can change').waitFor();

			await page.getByLabel('Amount in dinars (RSD)').fill('2000000');
			await page.getByRole('button', { name: 'Save the round', exact: true }).click();
			await notice(
				page,
				'The change was not saved: some parts can no longer change because it is already open.'
			).waitFor();
			await page.getByText('This can no longer change because it is already open.').waitFor();
			expect(await page.getByLabel('Amount in dinars (RSD)').inputValue()).toBe('2000000');
			await expectNoAxeViolations(page);

			await page.getByLabel('Amount in dinars (RSD)').fill('1000000');
			await page.getByLabel('Implementation from').fill('2099-01-15');
			await page.getByRole('button', { name: 'Save the round', exact: true }).click();
			await notice(page, 'The round has been saved.').waitFor();

			await page.getByRole('link', { name: 'Invitation codes', exact: true }).click();
			await page.getByRole('heading', { level: 1, name: /^Invitation codes/ }).waitFor();
			await expectNoAxeViolations(page);
			await page.getByLabel('For whom (e.g. school and class)').fill('Gimnazija II-3');
			await page.getByLabel('How many codes').fill('3');
			await page.getByRole('button', { name: 'Generate the codes', exact: true }).click();
			await notice(page, '3 codes have been generated.').waitFor();
			expect(await page.getByRole('table').getByRole('row').count()).toBe(4);
			await page.getByRole('link', { name: 'Slips to print: Gimnazija II-3' }).first().click();
			await page.getByRole('img', { name: 'QR code of the voting address' }).first().waitFor();
			expect(await page.getByRole('img', { name: 'QR code of the voting address' }).count()).toBe(3);
			await expectNoAxeViolations(page);

			const download = await page.request.get(`${server.url}/en/admin/participation/export/initiatives.csv`);
			expect(download.status()).toBe(200);
			expect(download.headers()['content-type']).toContain('text/csv');
			expect(await download.text()).toContain('Title,Status,Category,Author');

			await visit(page, `${server.url}/en/admin/participation/categories`);
			await expectHeading(page, 'Categories');
			await page.getByLabel('Name', { exact: true }).first().fill('Sport i rekreacija');
			await page.getByRole('button', { name: 'Add a category', exact: true }).click();
			await notice(page, 'The category has been saved.').waitFor();
			const category = page.getByRole('region', { name: /^Sport i rekreacija/ });
			await category.getByRole('button', { name: /^Retire/ }).click();
			await page
				.getByRole('region', { name: /^Sport i rekreacija/ })
				.getByText('retired', { exact: true })
				.waitFor();
			await expectNoAxeViolations(page);

			await visit(page, `${server.url}/en/admin/participation/polls`);
			await page
				.getByRole('link', { name: /^Edit\W/ })
				.first()
				.click();
			await expectHeading(page, 'Edit the poll');
			await expectNoAxeViolations(page);
		});
	}, 240_000);
});
