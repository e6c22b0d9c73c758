import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newContext } from './support/browser.ts';
import { closing, expectHeading } from './support/journey.ts';

// Read-only: the demo office's plan on the shared demo server.
const base = inject('demoUrl');
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

const LOCALES = [
	{
		prefix: '',
		lang: 'sr-Cyrl',
		title: 'Локални акциони план за младе општине Ивањица 2025–2029',
		areaLabel: 'Област',
		area: 'Здравље и благостање',
		status: 'Касни',
		show: 'Прикажи',
		changes: 'Шта се мењало у плану',
		report: 'Извештај о праћењу за 2025.',
		research: 'Истраживање потреба: Потребе младих у 2025. години'
	},
	{
		prefix: '/lat',
		lang: 'sr-Latn',
		title: 'Lokalni akcioni plan za mlade opštine Ivanjica 2025–2029',
		areaLabel: 'Oblast',
		area: 'Zdravlje i blagostanje',
		status: 'Kasni',
		show: 'Prikaži',
		changes: 'Šta se menjalo u planu',
		report: 'Izveštaj o praćenju za 2025.',
		research: 'Istraživanje potreba: Potrebe mladih u 2025. godini'
	},
	{
		prefix: '/en',
		lang: 'en',
		title: 'Local Youth Action Plan of the Municipality of Ivanjica 2025–2029',
		areaLabel: 'Area',
		area: 'Health and well-being',
		status: 'Late',
		show: 'Show',
		changes: 'What changed in the plan',
		report: 'Monitoring report 2025',
		research: 'Needs research: Youth needs in 2025'
	}
] as const;

const FILE_TYPES = {
	PDF: 'application/pdf',
	DOCX: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
} as const;

/** Follows the page's download links (named "<name> PDF" and so on): each answers with its file. */
async function checkDownloads(page: Page, name: string): Promise<void> {
	for (const [format, type] of Object.entries(FILE_TYPES)) {
		const href = await page.getByRole('link', { name: `${name} ${format}`, exact: true }).getAttribute('href');
		const response = await page.request.get(`${base}${href}`);
		expect(response.status(), href!).toBe(200);
		expect(response.headers()['content-type']).toBe(type);
		expect(response.headers()['content-disposition']).toMatch(/^attachment; filename=/);
		expect((await response.body()).length).toBeGreaterThan(1000);
	}
}

/** What every public page of the plan must be: the right language, one h1, no script, phone-wide, axe-clean. */
async function checkPage(page: Page, lang: string): Promise<void> {
	expect(await page.getAttribute('html', 'lang')).toBe(lang);
	expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
	expect(await page.locator('script[src], script[type="module"]').count()).toBe(0);
	expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), page.url()).toBe(true);
	await expectNoAxeViolations(page);
}

describe('visitor-reads-plan-progress', () => {
	it('reads the current plan, filters it, opens a measure with its chart and table, the history and the 2025 report', async () => {
		await closing(await newContext(browser, { phone: true, javaScript: false }), async (context) => {
			const page = await context.newPage();
			for (const words of LOCALES) {
				const response = await page.goto(`${base}${words.prefix}/action-plan`);
				expect(response?.status()).toBe(200);
				await expectHeading(page, words.title);
				await checkPage(page, words.lang);
				// The needs research the plan answers is linked from it.
				const research = page.getByRole('link', { name: words.research, exact: true });
				expect(await research.getAttribute('href')).toBe(`${words.prefix}/research/2025`);
				const bars = page.getByRole('progressbar');
				expect(await bars.count()).toBeGreaterThan(10);
				const overall = Number(await bars.first().getAttribute('aria-valuenow'));
				expect(overall).toBeGreaterThan(0);
				expect(overall).toBeLessThan(100);

				// Filter by area and by status with the GET form.
				await page.getByLabel(words.areaLabel, { exact: true }).selectOption({ label: words.area });
				await page.getByRole('button', { name: words.show, exact: true }).click();
				await page.waitForURL((url) => url.searchParams.has('area'));
				// Each area of the plan is a section headed by the area's name.
				const areaHeadings = await page.locator('main section.area > h2').allTextContents();
				expect(areaHeadings.map((text) => text.trim())).toEqual([words.area]);
				await checkPage(page, words.lang);

				await page.goto(`${base}${words.prefix}/action-plan?status=late`);
				const badges = await page.getByRole('main').locator('.activities .badge').allTextContents();
				expect(badges.length).toBeGreaterThan(0);
				expect(new Set(badges.map((text) => text.trim()))).toEqual(new Set([words.status]));
				await checkPage(page, words.lang);
			}

			// A measure page: activities, the indicator chart as an image with its numbers in a table, evidence.
			// (The portal remembers the last language chosen; forget it to read in Cyrillic again.)
			await context.clearCookies();
			await page.goto(`${base}/action-plan`);
			await page
				.getByRole('link', { name: 'Вршњачка едукација о менталном здрављу и болестима зависности', exact: true })
				.click();
			await expectHeading(page, 'Вршњачка едукација о менталном здрављу и болестима зависности');
			await checkPage(page, 'sr-Cyrl');
			const chart = page.getByRole('img', {
				name: /Циљ и остварење по годинама: Ученици обухваћени вршњачким радионицама/
			});
			await chart.waitFor();
			expect(await chart.locator('desc').textContent()).toContain('2025: циљ 300, остварено 342.');
			const table = page.getByRole('table', { name: 'Бројеви: Ученици обухваћени вршњачким радионицама' });
			const row2025 = table.getByRole('row', { name: /^2025/ });
			expect((await row2025.getByRole('cell').allTextContents()).map((text) => text.trim())).toEqual(['300', '342']);

			// Evidence: the events carried out under a measure, linked to their pages.
			const peerEducation = page.url();
			await page.goto(`${base}/action-plan`);
			await page.getByRole('link', { name: 'Волонтерски програм и омладински клуб', exact: true }).click();
			await expectHeading(page, 'Волонтерски програм и омладински клуб');
			await page.getByRole('heading', { level: 2, name: 'Шта је урађено', exact: true }).waitFor();
			const evidence = await page
				.getByRole('main')
				.locator('a[href^="/events/"]')
				.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
			expect(evidence).toContain('/events/akcija-ciscenja-obale');
			await checkPage(page, 'sr-Cyrl');
			await page.goto(peerEducation);

			// The same chart in English.
			await page.goto(page.url().replace(base, `${base}/en`));
			await page.getByRole('img', { name: /Target and actual per year: Students reached by peer workshops/ }).waitFor();
			await checkPage(page, 'en');

			// What changed since adoption, with its reason.
			await context.clearCookies();
			await page.goto(`${base}/action-plan`);
			await checkDownloads(page, 'Преузми план као');
			await page.getByRole('link', { name: 'Шта се мењало у плану', exact: true }).click();
			await expectHeading(page, 'Шта се мењало у плану');
			await page.getByText(/Правилник о подстицајима није усвојен у 2025/).waitFor();
			await checkPage(page, 'sr-Cyrl');
			// A field and what happened to it never run together ("Мерапромењено").
			const history = (await page.getByRole('main').textContent())!;
			expect(history).toMatch(/\S: \S[^\n]* → /);
			expect(history).not.toMatch(/\p{L}(промењено|→)/u);

			// The research it links to opens.
			await page.goto(`${base}/action-plan`);
			await page.getByRole('link', { name: 'Истраживање потреба: Потребе младих у 2025. години', exact: true }).click();
			await expectHeading(page, 'Потребе младих у 2025. години');
			await checkPage(page, 'sr-Cyrl');

			// The submitted 2025 report, from its snapshot.
			await page.goto(`${base}/lat/action-plan`);
			await page.getByRole('link', { name: 'Izveštaj o praćenju za 2025.', exact: true }).click();
			await expectHeading(page, 'Izveštaj o praćenju za 2025.');
			await page.getByText(/Prva godina plana protekla je uglavnom po planu/).waitFor();
			await checkPage(page, 'sr-Latn');
			await checkDownloads(page, 'Preuzmi izveštaj kao');

			// The archived plan is still there; a report that does not exist is not.
			await page.goto(`${base}/en/action-plan`);
			await page
				.getByRole('link', { name: 'Local Youth Action Plan of the Municipality of Ivanjica 2020–2024', exact: true })
				.click();
			await expectHeading(page, 'Local Youth Action Plan of the Municipality of Ivanjica 2020–2024');
			await checkPage(page, 'en');
			const missing = await page.goto(`${base}/action-plan/2025-2029/reports/2026`);
			expect(missing?.status()).toBe(404);
		});
	}, 180_000);
});
