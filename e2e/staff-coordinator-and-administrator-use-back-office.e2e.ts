import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newContext } from './support/browser.ts';
import { closing, DEMO_PASSWORD, expectHeading, expectPath, signIn } from './support/journey.ts';

const base = inject('demoUrl');
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** The back-office navigation that is on screen (the side column on wide screens, the menu on phones). */
function navigation(page: Page, label: string) {
	return page.getByRole('navigation', { name: label, exact: true });
}

async function linkTexts(page: Page, label: string): Promise<string[]> {
	return (await navigation(page, label).getByRole('link').allTextContents()).map((text) => text.trim());
}

describe('the back-office shell, dashboard and style page', () => {
	it('shows a coordinator what waits, the areas of the navigation, and the team but not the audit log', async () => {
		await closing(await newContext(browser), async (context) => {
			const page = await context.newPage();
			await signIn(page, base, 'koordinator@demo.kzm.test', DEMO_PASSWORD);
			await expectPath(page, '/admin');
			await expectHeading(page, 'Управљање канцеларијом');
			// The back-office has its own header, not the portal's menu.
			expect(await page.getByRole('navigation', { name: 'Главна навигација', exact: true }).count()).toBe(0);
			const banner = page.getByRole('banner');
			await banner.getByText('Јелена Петровић', { exact: true }).waitFor();
			await banner.getByRole('button', { name: 'Одјава', exact: true }).waitFor();

			// What needs attention, from the modules' dashboard hooks (the demo has one open message and one listing request).
			const attention = page.getByRole('region', { name: 'Чека на вас', exact: true });
			await attention.getByRole('link', { name: '1 порука са контакт обрасца чека одговор', exact: true }).waitFor();
			await attention.getByRole('link', { name: '1 захтев за упис у именик', exact: true }).waitFor();
			await page.getByRole('heading', { level: 2, name: 'Данас', exact: true }).waitFor();
			await expectNoAxeViolations(page);

			// The navigation is grouped by area; a coordinator manages the team and reads the outbox, not the audit log.
			const nav = navigation(page, 'Навигација управљања');
			for (const area of ['Садржај', 'Догађаји и пријаве', 'План и истраживања', 'Именик и партнери', 'Администрација'])
				await nav.getByRole('heading', { name: area, exact: true }).waitFor();
			const entries = await linkTexts(page, 'Навигација управљања');
			expect(entries).toEqual(expect.arrayContaining(['Корисници', 'Послата пошта', 'Изглед и компоненте']));
			expect(entries).not.toContain('Дневник промена');

			await nav.getByRole('link', { name: 'Захтеви организација', exact: true }).click();
			await expectPath(page, '/admin/organisations/requests');
			// Only the deeper entry is the current page, not "Associations" above it.
			expect(await nav.locator('a[aria-current]').allTextContents()).toEqual([
				expect.stringContaining('Захтеви организација')
			]);
			await page
				.getByRole('navigation', { name: 'Где се налазите', exact: true })
				.getByRole('link', { name: 'Управљање канцеларијом' })
				.waitFor();
			await expectNoAxeViolations(page);

			// Inviting someone: every role but administrator.
			await page.goto(`${base}/admin/users/new`);
			await page.getByLabel('Координатор', { exact: true }).waitFor();
			expect(await page.getByLabel('Администратор', { exact: true }).count()).toBe(0);
			await expectNoAxeViolations(page);

			expect((await page.goto(`${base}/admin/outbox`))?.status()).toBe(200);
			await expectNoAxeViolations(page);
			expect((await page.goto(`${base}/admin/audit`))?.status()).toBe(403);
			// A refusal inside the back-office keeps its frame.
			await navigation(page, 'Навигација управљања').waitFor();
		});
	});

	it('asks before leaving a long form with unsaved changes, and not before leaving an untouched one', async () => {
		await closing(await newContext(browser), async (context) => {
			const page = await context.newPage();
			await signIn(page, base, 'koordinator@demo.kzm.test', DEMO_PASSWORD);
			const nav = navigation(page, 'Навигација управљања');
			const questions: string[] = [];
			let answer = false;
			page.on('dialog', (dialog) => {
				questions.push(dialog.message());
				void (answer ? dialog.accept() : dialog.dismiss());
			});

			// Untouched: the side navigation leaves at once.
			await page.goto(`${base}/admin/events/new`);
			await page.getByRole('navigation', { name: 'Делови обрасца', exact: true }).waitFor();
			await page.waitForLoadState('networkidle');
			await nav.getByRole('link', { name: 'Вести', exact: true }).click();
			await expectPath(page, '/admin/news');
			expect(questions).toEqual([]);

			// Changed: following a link asks; staying keeps what was typed, leaving goes.
			await page.goto(`${base}/admin/events/new`);
			await page.waitForLoadState('networkidle');
			const english = page.getByLabel('Назив на енглеском (није обавезно)', { exact: true });
			await english.fill('Photography for beginners');
			await page.getByRole('status').getByText('Имате несачуване измене.', { exact: true }).waitFor();
			await expectNoAxeViolations(page);
			await nav.getByRole('link', { name: 'Вести', exact: true }).click();
			await expect.poll(() => questions.length).toBe(1);
			expect(questions[0]).toBe('Имате несачуване измене. Да ли желите да напустите страницу без чувања?');
			await expectPath(page, '/admin/events/new');
			expect(await english.inputValue()).toBe('Photography for beginners');
			answer = true;
			await nav.getByRole('link', { name: 'Вести', exact: true }).click();
			await expectPath(page, '/admin/news');
			expect(questions).toHaveLength(2);
		});
	});

	it('gives the organisation and survey forms a table of contents and a save bar that stays on screen', async () => {
		await closing(await newContext(browser), async (context) => {
			const page = await context.newPage();
			await signIn(page, base, 'koordinator@demo.kzm.test', DEMO_PASSWORD);
			const forms = [
				{
					path: '/admin/organisations/new',
					parts: ['Основни подаци', 'Регистрација', 'Адреса и контакт', 'Чланство', 'Статус и видљивост'],
					save: 'Сачувај'
				},
				{
					path: '/admin/surveys/new',
					parts: ['Назив и текстови', 'Трајање и циљ', 'Сагласност'],
					save: 'Направи анкету'
				}
			];
			for (const form of forms) {
				await page.goto(`${base}${form.path}`);
				const contents = page.getByRole('navigation', { name: 'Делови обрасца', exact: true });
				expect((await contents.getByRole('link').allTextContents()).map((text) => text.trim())).toEqual(form.parts);
				for (const part of form.parts) await page.getByRole('heading', { level: 2, name: part, exact: true }).waitFor();
				// The save button is in the first screen although the form is longer than it.
				const save = await page.getByRole('button', { name: form.save, exact: true }).boundingBox();
				expect(save!.y + save!.height, `${form.path}: the save bar is on screen`).toBeLessThanOrEqual(900);
				expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(900);
				await expectNoAxeViolations(page);
			}
		});
	});

	it('folds the navigation into a menu on a phone, without JavaScript, for a youth worker in Latin', async () => {
		await closing(await newContext(browser, { phone: true, javaScript: false }), async (context) => {
			const page = await context.newPage();
			await signIn(page, base, 'saradnik@demo.kzm.test', DEMO_PASSWORD, '/lat');
			await expectPath(page, '/lat/admin');
			await expectHeading(page, 'Upravljanje kancelarijom');
			// Closed, the menu hides the links: the page's own heading is in the first screen.
			const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
			expect(heading!.y).toBeLessThan(700);
			await page.getByText('Meni', { exact: true }).click();
			const entries = await linkTexts(page, 'Navigacija upravljanja');
			expect(entries).toEqual(expect.arrayContaining(['Događaji', 'Poruke posetilaca']));
			for (const hidden of ['Korisnici', 'Podešavanja kancelarije', 'Dnevnik promena', 'Poslata pošta'])
				expect(entries).not.toContain(hidden);
			await page
				.getByRole('region', { name: 'Čeka na vas', exact: true })
				.getByRole('link', { name: '1 poruka sa kontakt obrasca čeka odgovor', exact: true })
				.waitFor();
			await expectNoAxeViolations(page);
		});
	});

	it('shows an administrator the year’s figures and every component on the style page, in English and Cyrillic', async () => {
		await closing(await newContext(browser), async (context) => {
			const page = await context.newPage();
			await signIn(page, base, 'admin@demo.kzm.test', DEMO_PASSWORD, '/en');
			await expectPath(page, '/en/admin');
			await expectHeading(page, 'Office back-office');
			await page.getByRole('heading', { level: 2, name: /so far, against the same period last year$/ }).waitFor();
			await page.getByText('Registrations received', { exact: true }).waitFor();
			expect(await linkTexts(page, 'Administration navigation')).toEqual(
				expect.arrayContaining(['Users', 'Audit log', 'Outbox', 'Design system'])
			);
			await expectNoAxeViolations(page);

			await navigation(page, 'Administration navigation')
				.getByRole('link', { name: 'Design system', exact: true })
				.click();
			await expectPath(page, '/en/admin/ui');
			await expectHeading(page, 'Design system');
			// The header's way back goes where the breadcrumbs end: the trail says it on a wide screen, the link on a phone.
			const trail = page.getByRole('navigation', { name: 'You are here', exact: true });
			const back = page.locator('.page-header-back', { hasText: 'Office back-office' });
			expect([await trail.isVisible(), await back.isVisible()]).toEqual([true, false]);
			const wide = page.viewportSize();
			await page.setViewportSize({ width: 360, height: 740 });
			expect([await trail.isVisible(), await back.isVisible()]).toEqual([false, true]);
			if (wide) await page.setViewportSize(wide);
			for (const part of [
				'Badges',
				'Statistics tiles',
				'Form fields',
				'Long form in sections',
				'Tabs',
				'Table with filters',
				'Frame for a wide table',
				'A run of fields from a description',
				'Empty state',
				'Confirm step',
				'Approve and decline',
				'Charts',
				'Bar of an on-the-spot screen',
				'A list sorted from its headings',
				'Date and time as one group',
				'Files to download',
				'One button beside an item',
				'Demo notice and the slim line'
			])
				await page.getByRole('heading', { level: 2, name: part, exact: true }).waitFor();
			// The session screens' bar, in full and at its least, without a second page heading.
			expect(await page.getByRole('heading', { level: 3, name: 'Project writing workshop' }).count()).toBe(2);
			await page.getByRole('list', { name: 'Parts of this screen', exact: true }).waitFor();
			expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
			await page.getByRole('img', { name: 'Answers by age' }).waitFor();
			await page.getByRole('navigation', { name: 'Parts of this form', exact: true }).waitFor();
			// The newer parts: a date and time as one optional group, files, one-button actions named by their item.
			await page.getByRole('group', { name: /^Registration deadline/ }).waitFor();
			await page.getByRole('list', { name: 'Download the list of organisations', exact: true }).waitFor();
			expect(await page.getByRole('button', { name: /^Delete: / }).count()).toBe(2);
			await expectNoAxeViolations(page);

			// Sorting is a link that keeps itself in the address.
			const table = page.getByRole('table', { name: 'Table with filters' });
			await table.getByRole('link', { name: /^Places/ }).click();
			await page.waitForURL((url) => url.searchParams.get('sort') === 'places');
			expect(await table.locator('tbody tr td:nth-child(3)').allTextContents()).toEqual(['12', '20', '150']);
			// The back-office list's headings (SortHeading) read the same address and say how they sort.
			const list = page.getByRole('region', { name: 'A list sorted from its headings', exact: true });
			expect(await list.getByRole('columnheader', { name: /^Places/ }).getAttribute('aria-sort')).toBe('ascending');
			expect(await list.locator('tbody tr td:nth-child(3)').allTextContents()).toEqual(['12', '20', '150']);

			// The confirm step asks first, without JavaScript needed.
			await page.getByRole('link', { name: 'Delete', exact: true }).click();
			await page.getByRole('alertdialog').getByText('The event will be deleted for good', { exact: false }).waitFor();
			await expectNoAxeViolations(page);

			await page.getByRole('banner').getByRole('link', { name: 'Ћирилица', exact: true }).click();
			await expectPath(page, '/admin/ui');
			await expectHeading(page, 'Изглед и компоненте');
			await page.getByRole('heading', { level: 2, name: 'Графикони', exact: true }).waitFor();
			await expectNoAxeViolations(page);
		});
	});
});
