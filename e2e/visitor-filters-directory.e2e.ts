import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newContext, visit } from './support/browser.ts';
import { closing, expectHeading, expectPath } from './support/journey.ts';

const base = inject('demoUrl');
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Nothing on a 320 px screen is wider than the screen. */
async function expectNoSideways(page: Page): Promise<void> {
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
}

/** What the demo directory keeps private: staff notes, hidden contacts, members of informal groups. */
const PRIVATE = [
	'Вук Тошић',
	'Vuk Tošić',
	'+381 64 555 0102',
	'vuk@mladi-ivanjice.test',
	'Редовно учествују',
	'Redovno učestvuju',
	'+381 32 555 101',
	'28123456',
	'Нина Ђокић',
	'Nina Đokić',
	'Лука Максимовић',
	'Luka Maksimović'
];

async function expectNothingPrivate(page: Page): Promise<void> {
	const text = (await page.locator('body').textContent()) ?? '';
	const html = await page.content();
	for (const secret of PRIVATE) {
		expect(text).not.toContain(secret);
		expect(html).not.toContain(secret);
	}
}

describe('visitor-filters-directory', () => {
	it('filters by type and area in Latin, finds a Cyrillic name by typing Latin, and sees no private data', async () => {
		await closing(await newContext(browser, { phone: true, javaScript: false }), async (context) => {
			const page = await context.newPage();

			await visit(page, `${base}/lat/organisations`);
			await expectHeading(page, 'Udruženja i partneri');
			await expectNoSideways(page);
			await expectNothingPrivate(page);

			await page.getByLabel('Vrsta', { exact: true }).selectOption({ label: 'Škola' });
			await page.getByLabel('Oblast rada', { exact: true }).selectOption({ label: 'Zapošljavanje i preduzetništvo' });
			await page.getByRole('button', { name: 'Prikaži', exact: true }).click();
			await page.waitForURL((url) => url.searchParams.get('type') === 'school');
			await expectNoAxeViolations(page);
			await expectNoSideways(page);
			const results = page.getByRole('main').getByRole('heading', { level: 2 });
			expect(await results.allTextContents()).toContain('Tehnička škola Ivanjica');
			expect(await results.allTextContents()).not.toContain('Gimnazija Ivanjica');
			await page.getByRole('status').filter({ hasText: 'Pronađena je 1 organizacija.' }).waitFor();

			// Cleared, then a Latin search finds a name written in Cyrillic, shown back in Latin.
			await page.getByRole('link', { name: 'Poništi izbor', exact: true }).click();
			await expectPath(page, '/lat/organisations');
			await page.getByLabel('Naziv ili opis', { exact: true }).fill('mladi ivanjice');
			await page.getByRole('button', { name: 'Prikaži', exact: true }).click();
			await page.waitForURL((url) => url.searchParams.get('q') === 'mladi ivanjice');
			await expectNoAxeViolations(page);
			await page.getByRole('link', { name: 'Udruženje „Mladi Ivanjice”', exact: true }).click();
			await expectPath(page, '/lat/organisations/udruzenje-mladi-ivanjice');
			await expectHeading(page, 'Udruženje „Mladi Ivanjice”');
			await expectNoAxeViolations(page);
			await expectNoSideways(page);
			// The public contact person and the public e-mail are there; nothing else.
			const contacts = page.getByRole('region', { name: 'Osobe za kontakt', exact: true });
			expect(await contacts.textContent()).toContain('Ana Milošević');
			expect(await page.getByRole('link', { name: 'kontakt@mladi-ivanjice.test', exact: true }).isVisible()).toBe(true);
			await expectNothingPrivate(page);
		});
	});

	it('filters by target group in Cyrillic and shows an informal group in English without its members', async () => {
		await closing(await newContext(browser, { phone: true }), async (context) => {
			const page = await context.newPage();
			await visit(page, `${base}/organisations`);
			await expectHeading(page, 'Удружења и партнери');
			await page.getByLabel('Циљна група', { exact: true }).selectOption({ label: 'Ромска омладина' });
			await page.getByRole('button', { name: 'Прикажи', exact: true }).click();
			await page.waitForURL((url) => url.searchParams.get('target') === 'roma_youth');
			await expectNoAxeViolations(page);
			const names = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
			expect(names).toContain('Ромски центар Ивањица');
			expect(names).not.toContain('Гимназија Ивањица');

			await visit(page, `${base}/en/organisations?type=informal_group`);
			await expectHeading(page, 'Associations and partners');
			await page.getByRole('link', { name: /Kreativni kutak/ }).click();
			await expectPath(page, '/en/organisations/neformalna-grupa-kreativni-kutak');
			await expectNoAxeViolations(page);
			await expectNoSideways(page);
			expect(await page.getByText('The description is in Serbian only.').isVisible()).toBe(true);
			const contacts = page.getByRole('region', { name: 'Contact persons', exact: true });
			expect(await contacts.textContent()).toContain('Jovana Brkić');
			await expectNothingPrivate(page);

			// The directory as a spreadsheet (names as typed): public fields and public contacts only.
			await visit(page, `${base}/lat/organisations`);
			const href = await page.getByRole('link', { name: 'CSV', exact: true }).getAttribute('href');
			expect(href).toBe('/lat/organisations/export.csv');
			const download = await context.request.get(`${base}${href}`);
			expect(download.status()).toBe(200);
			expect(download.headers()['content-type']).toContain('text/csv');
			const csv = await download.text();
			expect(csv).toContain('Удружење „Млади Ивањице”');
			expect(csv).toContain('Ана Милошевић');
			for (const secret of PRIVATE) expect(csv).not.toContain(secret);
		});
	});
});
