import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newContext, visit } from './support/browser.ts';
import { closing, expectHeading } from './support/journey.ts';

const base = inject('demoUrl');
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

const WORDS = {
	'': {
		founding: 'Оснивачки акт',
		searchLabel: 'Шта тражите?',
		searchButton: 'Тражи',
		results: 'Резултати претраге за „omladinski klub subotom“',
		found: 'Предлог да се омладински клуб отвори и суботом',
		title: 'Савет за младе и омладински парламент',
		body: 'Савет за младе општине Ивањица',
		composition: 'Састав',
		anonymous: 'члан, 19',
		named: 'Стефан Ђорђевић',
		minutes: /^Записник са 7\. седнице/,
		pdf: 'Записник (PDF)',
		overdue: 'рок је прошао',
		decision: /^Одлука \d+\/\d{4}: /
	},
	'/lat': {
		founding: 'Osnivački akt',
		searchLabel: 'Šta tražite?',
		searchButton: 'Traži',
		results: 'Rezultati pretrage za „omladinski klub subotom“',
		found: 'Predlog da se omladinski klub otvori i subotom',
		title: 'Savet za mlade i omladinski parlament',
		body: 'Savet za mlade opštine Ivanjica',
		composition: 'Sastav',
		anonymous: 'član, 19',
		named: 'Stefan Đorđević',
		minutes: /^Zapisnik sa 7\. sednice/,
		pdf: 'Zapisnik (PDF)',
		overdue: 'rok je prošao',
		decision: /^Odluka \d+\/\d{4}: /
	},
	'/en': {
		founding: 'Founding act',
		searchLabel: 'What are you looking for?',
		searchButton: 'Search',
		results: 'Search results for “omladinski klub subotom”',
		found: 'Predlog da se omladinski klub otvori i subotom',
		title: 'Youth council and youth parliament',
		body: 'Ivanjica Youth Council',
		composition: 'Members',
		anonymous: 'member, 19',
		named: 'Stefan Đorđević',
		minutes: /^Minutes of session 7/,
		pdf: 'Minutes (PDF)',
		overdue: 'overdue',
		decision: /^Decision \d+\/\d{4}: /
	}
} as const;

describe('visitor-reads-council-decisions', () => {
	for (const [prefix, words] of Object.entries(WORDS)) {
		it(`reads the council, its members, minutes and decisions at 320 px without JavaScript (${prefix || 'Cyrillic'})`, async () => {
			await closing(await newContext(browser, { phone: true, javaScript: false }), async (context) => {
				const page = await context.newPage();
				await visit(page, `${base}${prefix}/council`);
				await expectHeading(page, words.title);
				// The search finds a decision whichever script the words are typed in (a GET form: no JavaScript).
				await page.getByLabel(words.searchLabel, { exact: true }).fill('omladinski klub subotom');
				await page.getByRole('button', { name: words.searchButton, exact: true }).click();
				await page.getByRole('heading', { name: words.results }).waitFor();
				await page
					.getByRole('link', { name: new RegExp(words.found) })
					.first()
					.waitFor();
				await expectNoAxeViolations(page);
				await page.getByRole('link', { name: words.body, exact: true }).click();
				await expectHeading(page, words.body);
				await expectNoAxeViolations(page);
				// The founding act is a document of the library.
				const founding = page.locator('p', { hasText: words.founding }).getByRole('link');
				expect(await founding.getAttribute('href')).toMatch(/\/documents\//);
				const composition = page.getByRole('region', { name: words.composition });
				// A member who agreed is named; one who did not is shown by role and age only.
				await composition.getByText(words.named, { exact: true }).waitFor();
				await composition
					.getByText(new RegExp(`^${words.anonymous}`))
					.first()
					.waitFor();
				// Members' contact details and years of birth are staff-only.
				expect(await composition.textContent()).not.toContain('@');
				expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
					0
				);
				await page.getByText(words.overdue).first().waitFor();

				await page.getByRole('link', { name: words.minutes }).click();
				await expectNoAxeViolations(page);
				const pdfHref = await page.getByRole('link', { name: words.pdf, exact: true }).getAttribute('href');
				const pdf = await page.request.get(`${base}${pdfHref}`);
				expect(pdf.status()).toBe(200);
				expect(pdf.headers()['content-type']).toBe('application/pdf');

				await page.getByRole('link', { name: words.decision }).first().click();
				await expectNoAxeViolations(page);
				await page.getByRole('heading', { level: 1, name: words.decision }).waitFor();
			});
		});
	}

	it('sees how each delegate of the parliament voted on a decision, named only with their consent', async () => {
		await closing(await newContext(browser, { phone: true, javaScript: false }), async (context) => {
			const page = await context.newPage();
			await visit(page, `${base}/council/lokalni-omladinski-parlament`);
			await page
				.getByRole('region', { name: 'Одлуке' })
				.getByRole('link', { name: /^Одлука \d+\/\d{4}: / })
				.first()
				.click();
			await page.getByRole('heading', { level: 2, name: 'Како су чланови гласали' }).waitFor();
			await page.getByText('Гласали за', { exact: true }).waitFor();
			await page.getByText('Уздржали су се', { exact: true }).waitFor();
			// Delegates who did not agree to publish their names are shown by role and age.
			expect(await page.locator('dl.named-votes').textContent()).toMatch(/делегат, \d+/);
			await expectNoAxeViolations(page);
		});
	});

	it('subscribes to the sessions calendar and the decisions feed', async () => {
		await closing(await newContext(browser), async (context) => {
			const page = await context.newPage();
			const calendar = await page.request.get(`${base}/lat/council/sessions.ics`);
			expect(calendar.headers()['content-type']).toContain('text/calendar');
			expect(await calendar.text()).toContain('Savet za mlade opštine Ivanjica: 9. sednica');
			const rss = await page.request.get(`${base}/en/council/decisions.rss`);
			expect(rss.headers()['content-type']).toContain('application/rss+xml');
			expect(await rss.text()).toContain('/en/council/decisions/');
		});
	});
});
