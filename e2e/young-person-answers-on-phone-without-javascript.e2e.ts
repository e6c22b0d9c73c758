import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newContext, visit } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { closing, expectFieldError, expectHeading } from './support/journey.ts';

// Answers are stored, so this journey gets its own demo office.
let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
	[server, browser] = await Promise.all([startServer({ demo: true }), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

async function expectNoSidewaysScroll(page: Page): Promise<void> {
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
}

/** Checks the page (axe, width) after a step. */
async function checkPage(page: Page): Promise<void> {
	await expectNoAxeViolations(page);
	await expectNoSidewaysScroll(page);
}

const pageHeading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name, exact: true }).waitFor();

describe('young-person-answers-on-phone-without-javascript', () => {
	it('answers the needs survey page by page in Latin on a 320 px phone, and cannot answer twice', async () => {
		const address = `${server.url}/lat/surveys/potrebe-mladih-2026`;
		await closing(await newContext(browser, { phone: true, javaScript: false }), async (context) => {
			const page = await context.newPage();
			await visit(page, `${server.url}/lat/surveys`);
			await checkPage(page);
			await page.getByRole('link', { name: 'Potrebe mladih u Ivanjici 2026.', exact: true }).click();
			await expectHeading(page, 'Potrebe mladih u Ivanjici 2026.');
			expect(await page.locator('script[src]').count()).toBe(0);
			await checkPage(page);
			await page.getByRole('button', { name: 'Počni', exact: true }).click();

			// Page 1: a required answer left out is said next to it, and what was typed stays.
			await pageHeading(page, 'O tebi');
			await page.getByText('Strana 1 od 4').waitFor();
			const birthYear = page.getByLabel(/Koje godine si rođen\/rođena\?/);
			await birthYear.fill('2005');
			await page.getByRole('button', { name: 'Dalje', exact: true }).click();
			await page.getByRole('alert').filter({ hasText: 'Obrazac' }).waitFor();
			expect(await birthYear.inputValue()).toBe('2005');
			const gender = page.getByRole('group', { name: /^Pol/ });
			await gender.getByText('Odgovori na ovo pitanje.').waitFor();
			await checkPage(page);
			await birthYear.fill('1850');
			await gender.getByLabel('Ženski', { exact: true }).check();
			await page.getByLabel(/Gde živiš\?/).selectOption({ label: 'Kušići' });
			await page
				.getByRole('group', { name: /^Čime se trenutno baviš\?/ })
				.getByLabel('Studiram', { exact: true })
				.check();
			await page.getByRole('button', { name: 'Dalje', exact: true }).click();
			await expectFieldError(birthYear, 'Upiši broj između 1990 i 2015.');
			expect(await page.getByLabel('Kušići', { exact: true }).count()).toBe(0);
			expect(await page.getByLabel(/Gde živiš\?/).inputValue()).toBe('kusici');
			await birthYear.fill('2005');
			await page.getByRole('button', { name: 'Dalje', exact: true }).click();

			// Page 2: free time.
			await pageHeading(page, 'Slobodno vreme');
			await page.getByLabel('Sport i rekreacija', { exact: true }).check();
			await page
				.getByRole('group', { name: /^Koliko si zadovoljan/ })
				.getByLabel('3', { exact: true })
				.check();
			await page.getByLabel(/Šta ti najviše nedostaje u Ivanjici\?/).fill('Bioskop i prevoz do sela.');
			// The page's small inline script also keeps typed answers on the device (no bundle is loaded).
			const kept = await page.evaluate(() => localStorage.getItem('kzm-survey:potrebe-mladih-2026:2'));
			expect(kept).toContain('Bioskop i prevoz do sela.');
			await checkPage(page);
			await page.getByRole('button', { name: 'Dalje', exact: true }).click();

			// Page 3: the rating shows only for those who know the office.
			await pageHeading(page, 'Informisanje i učešće');
			const rating = page.getByRole('group', { name: /^Kako ocenjuješ rad Kancelarije za mlade\?/ });
			expect(await rating.count()).toBe(0);
			await page.getByLabel('U školi', { exact: true }).check();
			const knows = page.getByRole('group', { name: /^Da li znaš čime se bavi Kancelarija za mlade\?/ });
			await knows.getByLabel('Ne', { exact: true }).check();
			await page.getByRole('button', { name: 'Dalje', exact: true }).click();
			await pageHeading(page, 'Obrazovanje i posao');
			await page.getByRole('button', { name: 'Nazad', exact: true }).click();
			await pageHeading(page, 'Informisanje i učešće');
			expect(await knows.getByLabel('Ne', { exact: true }).isChecked()).toBe(true);
			expect(await rating.count()).toBe(0);
			await knows.getByLabel('Da', { exact: true }).check();
			await page.getByRole('button', { name: 'Dalje', exact: true }).click();
			await page.getByText('Na osnovu tvog odgovora pojavilo se još jedno pitanje na ovoj strani.').waitFor();
			await rating.waitFor();
			await checkPage(page);
			await rating.getByLabel('4', { exact: true }).check();
			await page.getByRole('button', { name: 'Dalje', exact: true }).click();

			// Page 4: the last page sends.
			await pageHeading(page, 'Obrazovanje i posao');
			await page.getByLabel('Još ne znam', { exact: true }).check();
			await page.getByLabel(/Posao i praksa/).selectOption('1');
			await checkPage(page);
			await page.getByRole('button', { name: 'Pošalji odgovore', exact: true }).click();
			await page.getByText('Tvoji odgovori su sačuvani.').waitFor();
			await checkPage(page);

			// The same browser cannot answer again.
			await visit(page, address);
			await page.getByText('Već si odgovorio/odgovorila').waitFor();
			expect(await page.getByRole('button', { name: 'Počni', exact: true }).count()).toBe(0);
			// Nothing of the answers stays on the device once they are sent.
			await page.waitForFunction(() => !Object.keys(localStorage).some((key) => key.startsWith('kzm-survey:')));
			await checkPage(page);
		});
	});
});
