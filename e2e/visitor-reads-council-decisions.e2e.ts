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
				await page.getByRole('link', { name: words.body, exact: true }).click();
				await expectHeading(page, words.body);
				await expectNoAxeViolations(page);
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
