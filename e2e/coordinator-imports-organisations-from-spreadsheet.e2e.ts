import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newContext, downloadBytes } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { closing, DEMO_PASSWORD, expectHeading, expectPath, notice, signIn } from './support/journey.ts';

// Organisations are imported here, so this journey gets its own office.
let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
	[server, browser] = await Promise.all([startServer({ demo: true }), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

/** A CSV as a spreadsheet program set to Serbian saves it: semicolons, quoted cells, a byte-order mark. */
function csvOf(rows: string[][]): Buffer {
	const text = rows.map((row) => row.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(';')).join('\r\n');
	return Buffer.from('\uFEFF' + text, 'utf8');
}

/** The link of an organisation in the back-office list. */
function organisationLink(page: Page, name: string) {
	return page.getByRole('main').getByRole('link', { name, exact: true });
}

describe('coordinator-imports-organisations-from-spreadsheet', () => {
	it('downloads the template, sees each bad row before saving, imports the good ones and records a partnership', async () => {
		const base = server.url;
		await closing(await newContext(browser), async (context) => {
			const page = await context.newPage();
			await signIn(page, base, 'koordinator@demo.kzm.test', DEMO_PASSWORD);

			await page
				.getByRole('navigation', { name: 'Навигација управљања', exact: true })
				.getByRole('link', { name: 'Удружења и партнери', exact: true })
				.click();
			await expectPath(page, '/admin/organisations');
			await expectHeading(page, 'Удружења и партнери');
			await expectNoAxeViolations(page);

			await page.getByRole('main').getByRole('link', { name: 'Увоз из табеле', exact: true }).click();
			await expectHeading(page, 'Увоз организација из табеле');
			await expectNoAxeViolations(page);

			// The template's headers are in the reader's script; the file built from them is what is sent.
			const [download] = await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('link', { name: 'Преузми образац (ЦСВ)', exact: true }).click()
			]);
			const template = (await downloadBytes(download)).toString('utf8').replace(/^\uFEFF/, '');
			const headers = template.split(/\r?\n/)[0].split(',');
			expect(headers.slice(0, 3)).toEqual(['назив', 'скраћени назив', 'врста']);

			const row = (cells: Record<string, string>) => headers.map((header) => cells[header] ?? '');
			const file = csvOf([
				headers,
				row({
					назив: 'Удружење Планинарска стаза',
					врста: 'удружење младих',
					'области рада': 'култура, zdravlje',
					'број чланова': '24',
					'број младих чланова': '20'
				}),
				row({
					назив: 'Kreativni kutak Ivanjica',
					врста: 'neformalna grupa mladih',
					'особа за контакт': 'Ана Јовановић',
					'телефон особе за контакт': '064 555 1234'
				}),
				row({ назив: 'Клуб без врсте', врста: 'кафана' }),
				row({ назив: 'Група без одраслог', врста: 'informal_group', 'е-пошта': 'nije-adresa' })
			]);
			await page.getByLabel('Табела (ЦСВ или Ексел)', { exact: true }).setInputFiles({
				name: 'udruzenja.csv',
				mimeType: 'text/csv',
				buffer: file
			});
			await page.getByRole('button', { name: 'Прикажи преглед', exact: true }).click();
			await expectHeading(page, 'Преглед: udruzenja.csv');
			await expectNoAxeViolations(page);
			await notice(page, 'Исправних редова: 2, редова са грешкама: 2.').waitFor();
			const table = page.getByRole('main').getByRole('table');
			const rowOf = (name: string) => table.getByRole('row').filter({ hasText: name });
			expect(await rowOf('Клуб без врсте').textContent()).toContain('Непозната врста: „кафана“.');
			const groupRow = await rowOf('Група без одраслог').textContent();
			expect(groupRow).toContain('Неформална група мора имати бар једну пунолетну особу за контакт.');
			expect(groupRow).toContain('Е-пошта „nije-adresa“ није исправна.');
			expect(await rowOf('Удружење Планинарска стаза').textContent()).toContain('Исправно');

			// Nothing is in the directory before the confirmation.
			const listBefore = await context.request.get(`${base}/admin/organisations?q=planinarska+staza`);
			expect(await listBefore.text()).not.toContain('Удружење Планинарска стаза');

			// The group is probably the demo's "Креативни кутак" (the town's name does not count, 13.18): staff choose
			// per row, and this time import it as a new organisation (13.17).
			const kutak = rowOf('Креативни кутак Ивањица');
			expect(await kutak.textContent()).toContain('Можда већ постоји');
			await kutak.getByLabel('Ипак увези као нову организацију', { exact: true }).check();
			await page.getByRole('button', { name: 'Увези 2 исправна реда', exact: true }).click();
			await notice(page, 'Увезене су 2 организације; прескочено редова: 2.').waitFor();
			await expectNoAxeViolations(page);
			expect(await page.getByRole('button', { name: /^Увези/ }).count()).toBe(0);

			await page.getByRole('main').getByRole('link', { name: 'Сва удружења и партнери', exact: true }).click();
			await expectHeading(page, 'Удружења и партнери');
			await expectNoAxeViolations(page);
			await organisationLink(page, 'Удружење Планинарска стаза').waitFor();
			// Latin as typed is shown in the reader's script.
			await organisationLink(page, 'Креативни кутак Ивањица').click();
			await expectHeading(page, 'Креативни кутак Ивањица');
			await expectNoAxeViolations(page);
			expect(await page.getByRole('main').getByText('Ана Јовановић', { exact: true }).count()).toBe(1);

			// An agreement makes the group a partner and appears in everything done together.
			await page.getByText('Додај споразум', { exact: true }).first().click();
			const agreementForm = page.locator('form[action="?/addAgreement"]');
			await agreementForm.getByLabel('Врста споразума', { exact: true }).selectOption({ label: 'Писмо подршке' });
			await agreementForm.getByLabel(/^Назив/).fill('Подршка за радионицу стрипа');
			await agreementForm.getByLabel(/^Потписан/).fill('2026-03-02');
			await agreementForm.getByRole('button', { name: 'Додај споразум', exact: true }).click();
			await notice(page, 'Споразум је сачуван.').waitFor();
			await expectNoAxeViolations(page);
			expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Партнер');
			const timeline = page.locator('ol.timeline');
			expect(await timeline.textContent()).toContain('Споразум: Подршка за радионицу стрипа');

			await page.getByText('Забележи контакт', { exact: true }).first().click();
			const logForm = page.locator('form[action="?/logContact"]');
			await logForm.getByLabel('Начин', { exact: true }).selectOption({ label: 'Телефон' });
			await logForm.getByLabel(/^Тема/).fill('Договор о термину радионице');
			await logForm.getByRole('button', { name: 'Забележи контакт', exact: true }).click();
			await notice(page, 'Контакт је забележен.').waitFor();
			await expectNoAxeViolations(page);
			expect(await timeline.textContent()).toContain('Контакт: Договор о термину радионице');
			expect(await page.locator('#contact-log').textContent()).toContain('Јелена Петровић');
		});
	});

	it('is warned about a duplicate typed in the other script, saves it anyway and merges the two', async () => {
		const base = server.url;
		await closing(await newContext(browser), async (context) => {
			const page = await context.newPage();
			await signIn(page, base, 'koordinator@demo.kzm.test', DEMO_PASSWORD);
			await page.goto(`${base}/admin/organisations`);
			await page.getByRole('main').getByRole('link', { name: 'Нова организација', exact: true }).click();
			await expectHeading(page, 'Нова организација');
			await expectNoAxeViolations(page);

			const name = page.getByLabel('Назив (онако како га организација пише)', { exact: true });
			await name.fill('Udruženje planinarska staza');
			await page.getByLabel('Врста организације', { exact: true }).selectOption({ label: 'Удружење младих' });
			await page.locator('#field-memberCount').fill('10');
			await page.locator('#field-youngMemberCount').fill('2');
			await page.getByRole('button', { name: 'Сачувај', exact: true }).click();
			await page.getByRole('alert').filter({ hasText: 'Можда већ постоји: Удружење Планинарска стаза' }).waitFor();
			await expectNoAxeViolations(page);
			expect(await name.inputValue()).toBe('Udruženje planinarska staza');
			await page.getByLabel('Ово је друга организација, сачувај', { exact: true }).check();
			await page.getByRole('button', { name: 'Сачувај', exact: true }).click();
			await expectHeading(page, 'Удружење планинарска стаза');
			await notice(page, 'Организација је сачувана.').waitFor();
			await expectNoAxeViolations(page);
			// A youth association needs two thirds young members: the office is told, the record is kept.
			await page
				.getByText('Удружење младих по закону има најмање две трећине младих чланова; сада их је 20%.')
				.waitFor();

			await page.goto(`${base}/admin/organisations`);
			await page.getByRole('main').getByRole('link', { name: 'Могући двојници', exact: true }).click();
			await expectHeading(page, 'Могући двојници');
			await expectNoAxeViolations(page);
			await page
				.getByRole('main')
				.getByRole('link', { name: /^Упореди и споји: .*[Пп]ланинарска стаза/ })
				.first()
				.click();
			await expectHeading(page, 'Спајање двојника');
			await expectNoAxeViolations(page);
			await page.getByRole('button', { name: 'Споји', exact: true }).click();
			await notice(page, 'Записи су спојени.').waitFor();
			await expectNoAxeViolations(page);

			await page.goto(`${base}/admin/organisations?q=planinarska+staza`);
			await notice(page, 'Пронађена је 1 организација.').waitFor();
			await expectNoAxeViolations(page);

			// The back-office in the other two locales: same records, labels in the reader's language.
			await page.goto(`${base}/en/admin/organisations?q=planinarska+staza`);
			await expectHeading(page, 'Associations and partners');
			await notice(page, '1 organisation found.').waitFor();
			await expectNoAxeViolations(page);
			await page
				.getByRole('main')
				.getByRole('link', { name: /planinarska staza/i })
				.click();
			await page.getByRole('heading', { level: 2, name: 'Change history', exact: true }).waitFor();
			await expectNoAxeViolations(page);
			await page.goto(`${base}/lat/admin/organisations/import`);
			await expectHeading(page, 'Uvoz organizacija iz tabele');
			await expectNoAxeViolations(page);
		});
	});
});
