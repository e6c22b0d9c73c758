import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newContext, visit } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { closing, DEMO_PASSWORD, signIn } from './support/journey.ts';

// Ballots are stored, so this journey gets its own demo office (its round is in the voting phase).
let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
	[server, browser] = await Promise.all([startServer({ demo: true }), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

async function checkPage(page: Page): Promise<void> {
	await expectNoAxeViolations(page);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
	expect(await page.locator('script[src]').count()).toBe(0);
}

describe('young-person-votes-in-participatory-budget', () => {
	it('is refused an over-budget ballot with the amounts, then casts a valid one, on a phone without JavaScript', async () => {
		await closing(await newContext(browser, { phone: true, javaScript: false }), async (context) => {
			const page = await context.newPage();
			await visit(page, `${server.url}/lat/budget`);
			await checkPage(page);
			await page.getByText('Iznos kruga: 1.000.000 RSD').waitFor();
			await page.getByText('Faza: glasanje').waitFor();
			await page.getByRole('link', { name: 'Popuni glasački listić', exact: true }).click();
			// Voting needs an account: the sign-in page brings the young person back to the ballot.
			await signIn(page, server.url, 'mlada@demo.kzm.test', DEMO_PASSWORD, '/lat');
			expect(new URL(page.url()).pathname).toBe('/lat/budget/vote');
			await page.getByRole('heading', { level: 1, name: /^Glasački listić/ }).waitFor();
			await checkPage(page);

			const project = (name: string) => page.getByRole('checkbox', { name, exact: true });
			await project('Kurs programiranja za srednjoškolce').check();
			await project('Teretana na otvorenom').check();
			await project('Klupe i punjači za telefone u parku').check();
			// The running total without script: the server adds up what is ticked.
			await page.getByRole('button', { name: 'Proveri zbir', exact: true }).click();
			await page.getByText('Zbir izabranog: 1.200.000 RSD od 1.000.000 RSD').waitFor();
			await page.getByRole('button', { name: 'Predaj listić', exact: true }).click();
			const refusal = page.getByRole('alert').filter({ hasText: 'koštaju 1.200.000 RSD' });
			await refusal.waitFor();
			expect(await refusal.textContent()).toContain('200.000 RSD više');
			// What was ticked stays ticked.
			expect(await project('Klupe i punjači za telefone u parku').isChecked()).toBe(true);
			await checkPage(page);

			await project('Klupe i punjači za telefone u parku').uncheck();
			await page.getByRole('button', { name: 'Predaj listić', exact: true }).click();
			await page.getByText('Vaš listić je zabeležen. Hvala što ste glasali!').waitFor();
			expect(await project('Kurs programiranja za srednjoškolce').isChecked()).toBe(true);
			expect(await project('Teretana na otvorenom').isChecked()).toBe(true);
			await page.getByText('Zbir izabranog: 850.000 RSD od 1.000.000 RSD').waitFor();
			await checkPage(page);

			// Changing the ballot replaces it: still one ballot.
			await project('Polica za razmenu knjiga').check();
			await page.getByRole('button', { name: 'Predaj listić', exact: true }).click();
			await page.getByText('Vaš listić je promenjen.').waitFor();
		});
	}, 240_000);
});
