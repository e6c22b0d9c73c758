import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import Parser from 'rss-parser';
import { expectNoAxeViolations, launchBrowser, newContext, visit } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import {
	closing,
	DEMO_PASSWORD,
	expectFieldError,
	expectHeading,
	expectPath,
	notice,
	signIn
} from './support/journey.ts';
import { belgradeToInstant, instantToBelgrade } from '../src/lib/i18n/office-time.ts';

// A document is uploaded and opportunities are created here, so this journey gets its own office.
let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
	[server, browser] = await Promise.all([startServer({ demo: true }), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

const DAY = 24 * 60 * 60 * 1000;

/** A tiny well-formed PDF. */
const PDF = Buffer.from(
	'%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'
);
/** The start of a Windows program, renamed to look like a PDF. */
const PROGRAM = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);

/** Follows an entry of the back-office navigation and checks the page it opens. */
async function openAdminPage(page: Page, entry: string, path: string, heading: string): Promise<void> {
	await page
		.getByRole('navigation', { name: 'Навигација управљања', exact: true })
		.getByRole('link', { name: entry, exact: true })
		.click();
	await expectPath(page, path);
	await expectHeading(page, heading);
	await expectNoAxeViolations(page);
}

/** The titles of the opportunity cards on a public list page. */
async function listedTitles(page: Page): Promise<string[]> {
	return (await page.getByRole('main').getByRole('heading', { level: 3 }).allTextContents()).map((text) => text.trim());
}

describe('coordinator-schedules-opportunity', () => {
	it('uploads a document, schedules an internship with it for the past minute and keeps a draft; visitors find only the published one', async () => {
		const base = server.url;
		const deadline = instantToBelgrade(new Date(Date.now() + 10 * DAY));
		const deadlineInstant = belgradeToInstant(deadline.date, '15:00');
		const publishFrom = instantToBelgrade(new Date(Date.now() - 60_000));

		await closing(await newContext(browser), async (context) => {
			const page = await context.newPage();
			await signIn(page, base, 'koordinator@demo.kzm.test', DEMO_PASSWORD);

			// The library: a renamed program is refused with a clear message and the typed fields stay.
			await openAdminPage(page, 'Документи', '/admin/documents', 'Библиотека докумената');
			await page.getByRole('link', { name: 'Додај документ', exact: true }).click();
			await expectHeading(page, 'Додај документ');
			await expectNoAxeViolations(page);
			const documentTitle = page.getByLabel('Наслов', { exact: true });
			await documentTitle.fill('Pravila prakse u Domu zdravlja');
			await page.getByLabel('Врста документа', { exact: true }).selectOption({ label: 'Правилник' });
			const file = page.getByLabel('Датотека', { exact: true });
			await file.setInputFiles({ name: 'pravila.pdf', mimeType: 'application/pdf', buffer: PROGRAM });
			await page.getByRole('button', { name: 'Пошаљи документ', exact: true }).click();
			await page.getByRole('alert').filter({ hasText: 'Образац није сачуван.' }).waitFor();
			await expectNoAxeViolations(page);
			await expectFieldError(file, 'Ова датотека није ни у једном од дозвољених формата');
			expect(await documentTitle.inputValue()).toBe('Pravila prakse u Domu zdravlja');

			await file.setInputFiles({ name: 'pravila.pdf', mimeType: 'application/pdf', buffer: PDF });
			await page.getByRole('button', { name: 'Пошаљи документ', exact: true }).click();
			await notice(page, 'Документ је додат у библиотеку.').waitFor();
			await expectHeading(page, 'Измена документа');
			await expectNoAxeViolations(page);

			// The opportunity, typed in Latin; a javascript: link is refused first.
			await openAdminPage(page, 'Прилике', '/admin/opportunities', 'Прилике');
			await page.getByRole('link', { name: 'Нова прилика', exact: true }).click();
			await expectHeading(page, 'Нова прилика');
			await expectNoAxeViolations(page);
			await page.getByLabel('Врста прилике', { exact: true }).selectOption({ label: 'Пракса' });
			const title = page.getByLabel('Наслов', { exact: true });
			await title.fill('Pripravnička praksa u Domu zdravlja');
			await page
				.getByLabel('Наслов на енглеском (није обавезно)', { exact: true })
				.fill('Trainee internship at the health centre');
			await page.getByLabel('Организатор (није обавезно)', { exact: true }).fill('Dom zdravlja Ivanjica');
			await page
				.getByLabel('Кратак опис (није обавезно)', { exact: true })
				.fill('Tri meseca plaćene prakse za mlade medicinske sestre i tehničare.');
			await page.getByLabel('Најмање година (није обавезно)', { exact: true }).fill('19');
			await page.getByLabel('Највише година (није обавезно)', { exact: true }).fill('30');
			await page.getByLabel('Место (није обавезно)', { exact: true }).fill('Ivanjica');
			await page.getByLabel('Датум', { exact: true }).fill(deadline.date);
			await page.getByLabel('Време', { exact: true }).fill('15:00');
			const link = page.getByLabel('Веза за пријаву или више информација (није обавезно)', { exact: true });
			await link.fill('javascript:alert(1)');
			await page.getByRole('checkbox', { name: /^Правила праксе у Дому здравља/ }).check();
			await page.getByRole('radio', { name: 'Објави на порталу', exact: true }).check();
			await page.getByLabel('Датум објављивања', { exact: true }).fill(publishFrom.date);
			await page.getByLabel('Време објављивања', { exact: true }).fill(publishFrom.time);
			await page.getByRole('button', { name: 'Сачувај', exact: true }).click();
			await page.getByRole('alert').filter({ hasText: 'Образац није сачуван.' }).waitFor();
			await expectNoAxeViolations(page);
			await expectFieldError(link, 'Унесите пуну адресу која почиње са http:// или https://.');
			expect(await title.inputValue()).toBe('Pripravnička praksa u Domu zdravlja');
			expect(await page.getByRole('checkbox', { name: /^Правила праксе у Дому здравља/ }).isChecked()).toBe(true);
			expect(await page.getByLabel('Датум', { exact: true }).inputValue()).toBe(deadline.date);

			await link.fill('https://dz.example.rs/praksa');
			await page.getByRole('button', { name: 'Сачувај', exact: true }).click();
			await notice(page, 'Прилика је сачувана.').waitFor();
			await expectHeading(page, 'Измена прилике');
			await expectNoAxeViolations(page);
			expect(await page.getByLabel('Датум', { exact: true }).inputValue()).toBe(deadline.date);
			expect(await page.getByLabel('Време', { exact: true }).inputValue()).toBe('15:00');

			// A draft of another internship, which nobody outside the back-office may see.
			await visit(page, `${base}/admin/opportunities/new`);
			await expectHeading(page, 'Нова прилика');
			await page.getByLabel('Врста прилике', { exact: true }).selectOption({ label: 'Пракса' });
			await page.getByLabel('Наслов', { exact: true }).fill('Nacrt prakse koji niko ne vidi');
			await page.getByLabel('Наслов на енглеском (није обавезно)', { exact: true }).fill('Hidden draft internship');
			await page.getByRole('button', { name: 'Сачувај', exact: true }).click();
			await notice(page, 'Прилика је сачувана.').waitFor();
			await expectNoAxeViolations(page);

			await openAdminPage(page, 'Прилике', '/admin/opportunities', 'Прилике');
			const rows = page.getByRole('row');
			await rows.filter({ hasText: 'Приправничка пракса у Дому здравља' }).filter({ hasText: 'Објављено' }).waitFor();
			await rows.filter({ hasText: 'Нацрт праксе који нико не види' }).filter({ hasText: 'Нацрт' }).waitFor();
		});

		await closing(await newContext(browser, { javaScript: false }), async (context) => {
			const page = await context.newPage();

			// In Cyrillic, filtered by type with a plain form.
			await visit(page, `${base}/opportunities`);
			await expectHeading(page, 'Прилике за младе');
			await page.getByLabel('Врста', { exact: true }).selectOption({ label: 'Пракса' });
			await page.getByRole('button', { name: 'Прикажи', exact: true }).click();
			await page.waitForURL((url) => url.searchParams.get('type') === 'internship');
			await expectNoAxeViolations(page);
			const cyrillic = await listedTitles(page);
			expect(cyrillic[0]).toBe('Приправничка пракса у Дому здравља');
			expect(cyrillic).not.toContain('Нацрт праксе који нико не види');
			expect(cyrillic.every((text) => !/[a-z]/i.test(text))).toBe(true);

			await page.getByRole('link', { name: 'Приправничка пракса у Дому здравља', exact: true }).click();
			await expectHeading(page, 'Приправничка пракса у Дому здравља');
			await expectNoAxeViolations(page);
			const main = page.getByRole('main');
			await main.getByText('Отворено', { exact: true }).waitFor();
			expect(await main.locator('time').first().getAttribute('datetime')).toBe(deadlineInstant.toISOString());
			await main.getByText('од 19 до 30 година', { exact: true }).waitFor();
			expect(
				await main
					.getByRole('link', { name: 'Више информација и пријава (отвара спољну страницу)' })
					.getAttribute('href')
			).toBe('https://dz.example.rs/praksa');
			const attachment = main.getByRole('link', { name: 'Правила праксе у Дому здравља', exact: true });
			const response = await page.request.get(new URL((await attachment.getAttribute('href'))!, base).toString());
			expect(response.headers()['content-type']).toBe('application/pdf');
			expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
			const structured = JSON.parse(
				(await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}'
			) as Record<string, unknown>;
			expect(structured).toMatchObject({
				'@type': 'JobPosting',
				title: 'Приправничка пракса у Дому здравља',
				employmentType: 'INTERN',
				validThrough: deadlineInstant.toISOString()
			});
			expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(
				'Приправничка пракса у Дому здравља'
			);

			// In Latin, as it was typed.
			await visit(page, `${base}/lat/opportunities?type=internship&deadline=open`);
			expect((await listedTitles(page))[0]).toBe('Pripravnička praksa u Domu zdravlja');
			await page.getByRole('link', { name: 'Pripravnička praksa u Domu zdravlja', exact: true }).click();
			await expectHeading(page, 'Pripravnička praksa u Domu zdravlja');
			await expectNoAxeViolations(page);

			// In English, with the English title, the same filter.
			await visit(page, `${base}/en/opportunities`);
			await expectHeading(page, 'Opportunities for young people');
			await page.getByLabel('Type', { exact: true }).selectOption({ label: 'Internship' });
			await page.getByRole('button', { name: 'Show', exact: true }).click();
			await page.waitForURL(
				(url) => url.pathname === '/en/opportunities' && url.searchParams.get('type') === 'internship'
			);
			await expectNoAxeViolations(page);
			const english = await listedTitles(page);
			expect(english[0]).toBe('Trainee internship at the health centre');
			expect(english).not.toContain('Hidden draft internship');
			await page.getByRole('link', { name: 'Trainee internship at the health centre', exact: true }).click();
			await expectHeading(page, 'Trainee internship at the health centre');
			await expectNoAxeViolations(page);
			await page.getByRole('main').getByText('aged 19 to 30', { exact: true }).waitFor();

			// The draft's address is simply not found, and the feed leaves it out.
			const draft = await page.goto(`${base}/en/opportunities/nacrt-prakse-koji-niko-ne-vidi`);
			expect(draft?.status()).toBe(404);
			await expectNoAxeViolations(page);
			const feed = await new Parser().parseString(await (await fetch(`${base}/opportunities/rss.xml`)).text());
			const feedTitles = feed.items.map((item) => item.title);
			expect(feedTitles).toContain('Приправничка пракса у Дому здравља');
			expect(feedTitles).not.toContain('Нацрт праксе који нико не види');
		});
	});
});
