import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newContext, visit } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { closing, DEMO_PASSWORD, expectHeading, expectPath, openMenu, signIn } from './support/journey.ts';

// Pages and the menu change here, so this journey gets its own office.
let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
	[server, browser] = await Promise.all([startServer({ demo: true }), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

/** The page titles in the rows of the back-office table, top to bottom. */
async function adminRows(page: Page): Promise<string[]> {
	const cells = await page.getByRole('table').getByRole('rowheader').getByRole('link').allTextContents();
	return cells.map((text) => text.trim());
}

/** The menu as a reader meets it: each top-level entry with the entries of its nested list. */
async function menuOf(navigation: Locator): Promise<string[]> {
	return navigation.locator(':scope ul:not(.sub-menu) > li').evaluateAll((items) =>
		items.map((item) => {
			const own = item.querySelector(':scope > a')?.textContent?.trim() ?? '';
			const children = [...item.querySelectorAll(':scope > ul > li > a')].map((link) => link.textContent?.trim());
			return children.length > 0 ? `${own} [${children.join(', ')}]` : own;
		})
	);
}

describe('coordinator-edits-page-and-menu', () => {
	it('writes a page in Latin under an existing menu entry, reorders the menu; visitors read it in Cyrillic', async () => {
		const base = server.url;

		// With JavaScript, on a desktop: the rich-text editor and the page list.
		await closing(await newContext(browser), async (context) => {
			const page = await context.newPage();
			await signIn(page, base, 'koordinator@demo.kzm.test', DEMO_PASSWORD);
			await page
				.getByRole('navigation', { name: 'Навигација управљања', exact: true })
				.getByRole('link', { name: 'Странице и мени', exact: true })
				.click();
			await expectPath(page, '/admin/pages');
			await expectHeading(page, 'Странице и мени');
			await expectNoAxeViolations(page);
			expect(await adminRows(page)).toEqual(['О канцеларији', 'Шта радимо', 'Заштита података о личности']);

			await page.getByRole('link', { name: 'Нова страница', exact: true }).click();
			await expectPath(page, '/admin/pages/new');
			await expectHeading(page, 'Нова страница');
			await expectNoAxeViolations(page);
			await page.getByLabel('Наслов', { exact: true }).fill('Lokalni omladinski parlament');
			const body = page.getByRole('textbox', { name: 'Текст (није обавезно)', exact: true });
			// The editor replaces the plain text area once its script runs; type into the editor itself.
			await page.getByRole('toolbar').first().waitFor();
			await body.click();
			await expect.poll(() => body.evaluate((element) => element.contains(document.activeElement))).toBe(true);
			await page.keyboard.type('Parlament okuplja mlade od 15 do 30 godina iz cele opštine.');
			await expect.poll(() => body.textContent()).toContain('iz cele opštine.');
			await page.getByLabel('Наслов на енглеском (није обавезно)', { exact: true }).fill('Local Youth Parliament');
			await page.getByLabel('Место у менију', { exact: true }).selectOption({ label: 'Испод странице „Шта радимо“' });
			await page.getByRole('button', { name: 'Направи страницу', exact: true }).click();
			await expectPath(page, '/admin/pages');
			await page.getByRole('status').filter({ hasText: 'Страница је направљена.' }).waitFor();
			await expectNoAxeViolations(page);
			// Typed in Latin, listed in the reader's (Cyrillic) script, under its parent.
			expect(await adminRows(page)).toEqual([
				'О канцеларији',
				'Шта радимо',
				'Локални омладински парламент',
				'Заштита података о личности'
			]);
			const row = page.getByRole('row').filter({ hasText: 'Локални омладински парламент' });
			expect(await row.getByRole('rowheader').textContent()).toContain('подстраница странице „Шта радимо“');
			expect(await row.getByRole('link', { name: '/pages/lokalni-omladinski-parlament' }).count()).toBe(1);

			// "What we do" goes first, taking its sub-page with it.
			await page.getByRole('button', { name: 'Помери горе: Шта радимо', exact: true }).click();
			await page.getByRole('status').filter({ hasText: 'Редослед у менију је сачуван.' }).waitFor();
			await expect
				.poll(() => adminRows(page))
				.toEqual(['Шта радимо', 'Локални омладински парламент', 'О канцеларији', 'Заштита података о личности']);
			await expectNoAxeViolations(page);
		});

		// Without JavaScript, on a phone: the move buttons are plain forms.
		await closing(await newContext(browser, { phone: true, javaScript: false }), async (context) => {
			const page = await context.newPage();
			await signIn(page, base, 'koordinator@demo.kzm.test', DEMO_PASSWORD);
			await visit(page, `${base}/admin/pages`);
			await page.getByRole('button', { name: 'Помери горе: Заштита података о личности', exact: true }).click();
			await expectPath(page, '/admin/pages');
			await page.getByRole('status').filter({ hasText: 'Редослед у менију је сачуван.' }).waitFor();
			expect(await adminRows(page)).toEqual([
				'Шта радимо',
				'Локални омладински парламент',
				'Заштита података о личности',
				'О канцеларији'
			]);
			// The first entry of a level cannot go further up.
			expect(await page.getByRole('button', { name: 'Помери горе: Шта радимо', exact: true }).isDisabled()).toBe(true);
			expect(
				await page.getByRole('button', { name: 'Помери горе: Локални омладински парламент', exact: true }).isDisabled()
			).toBe(true);
			await expectNoAxeViolations(page);
		});

		// A visitor on a phone without JavaScript finds the page under its parent, in Cyrillic and in Latin.
		await closing(await newContext(browser, { phone: true, javaScript: false }), async (context) => {
			const page = await context.newPage();
			await visit(page, `${base}/`);
			const navigation = page.getByRole('navigation', { name: 'Главна навигација', exact: true });
			expect(await menuOf(navigation)).toEqual([
				'Почетна',
				'Догађаји',
				'Акциони план',
				'Анкете',
				'Удружења',
				'Вести',
				'Прилике',
				'Документи',
				'Претрага',
				'Шта радимо [Локални омладински парламент]',
				'Заштита података о личности',
				'О канцеларији',
				'Контакт'
			]);
			await (
				await openMenu(navigation)
			)
				.getByRole('link', { name: 'Локални омладински парламент', exact: true })
				.click();
			await expectPath(page, '/pages/lokalni-omladinski-parlament');
			await expectHeading(page, 'Локални омладински парламент');
			expect(await page.getByRole('main').textContent()).toContain(
				'Парламент окупља младе од 15 до 30 година из целе општине.'
			);
			const current = (await openMenu(navigation)).getByRole('link', {
				name: 'Локални омладински парламент',
				exact: true
			});
			expect(await current.getAttribute('aria-current')).toBe('page');
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(overflow, 'the page scrolls sideways on a 320 px phone').toBeLessThanOrEqual(0);
			await expectNoAxeViolations(page);

			await page.getByRole('link', { name: 'Latinica' }).click();
			await expectPath(page, '/lat/pages/lokalni-omladinski-parlament');
			await expectHeading(page, 'Lokalni omladinski parlament');
			expect(await menuOf(page.getByRole('navigation', { name: 'Glavna navigacija', exact: true }))).toEqual([
				'Početna',
				'Događaji',
				'Akcioni plan',
				'Ankete',
				'Udruženja',
				'Vesti',
				'Prilike',
				'Dokumenti',
				'Pretraga',
				'Šta radimo [Lokalni omladinski parlament]',
				'Zaštita podataka o ličnosti',
				'O kancelariji',
				'Kontakt'
			]);
			await expectNoAxeViolations(page);

			await page.getByRole('link', { name: 'English' }).click();
			await expectPath(page, '/en/pages/lokalni-omladinski-parlament');
			await expectHeading(page, 'Local Youth Parliament');
			// No English text was written: the Serbian text is shown in Latin, with a note saying so.
			await page.getByText('This page has no English text yet, so it is shown in Serbian.').waitFor();
			expect(await page.getByRole('main').textContent()).toContain(
				'Parlament okuplja mlade od 15 do 30 godina iz cele opštine.'
			);
			await expectNoAxeViolations(page);
		});
	});
});
