import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newContext, visit } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { closing, DEMO_PASSWORD, expectFieldError, expectHeading, notice, signIn } from './support/journey.ts';
import { samplePdf } from '../src/lib/modules/documents/test-fixtures.ts';

// A session is planned and members are invited here, so this journey gets its own office.
let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
	[server, browser] = await Promise.all([startServer({ demo: true }), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

describe('coordinator-prepares-session-and-invites-council', () => {
	it('sees the age-rule warning, adds a member, plans a session with an agenda, invites; a member answers by the e-mail link', async () => {
		const base = server.url;
		const nextYear = new Date().getUTCFullYear() + 1;
		await closing(await newContext(browser), async (context) => {
			const page = await context.newPage();
			await signIn(page, base, 'koordinator@demo.kzm.test', DEMO_PASSWORD);
			await visit(page, `${base}/admin/council`);
			await expectHeading(page, 'Савет за младе и парламент');
			await page.getByRole('link', { name: 'Савет за младе општине Ивањица', exact: true }).click();
			await expectHeading(page, 'Савет за младе општине Ивањица');
			await expectNoAxeViolations(page);
			// The age rule holds today, and the member about to age out is named ahead of time.
			const ageRule = page.getByRole('region', { name: 'Правило о узрасту' });
			await ageRule.getByText(/6 од 11 чланова .* Правило \(најмање 50 %\) је испуњено\./).waitFor();
			await ageRule.getByText(/^Упозорење: од .* правило неће бити испуњено \(5 од 11 чланова\)\.$/).waitFor();
			await ageRule.getByText(/^Лазар Томовић/).waitFor();

			// A mandate ending before it starts is explained next to the field.
			await page.getByText('Додај члана', { exact: true }).first().click();
			const form = page.locator('form[action="?/addMember"]');
			await form.getByLabel('Име и презиме', { exact: true }).fill('Петар Радовић');
			await form.getByLabel('Година рођења (види само особље)', { exact: true }).fill('2007');
			await form.getByLabel('Мандат од', { exact: true }).fill(`${nextYear}-01-10`);
			await form.getByLabel(/^Мандат до/).fill(`${nextYear}-01-05`);
			await form.getByRole('button', { name: 'Додај члана', exact: true }).click();
			await page.getByText('Мандат не може да истекне пре него што почне.', { exact: true }).first().waitFor();
			await expectFieldError(
				page.locator('form[action="?/addMember"]').getByLabel(/^Мандат до/),
				'Мандат не може да истекне пре него што почне.'
			);
			await expectNoAxeViolations(page);
			await page
				.locator('form[action="?/addMember"]')
				.getByLabel(/^Мандат до/)
				.fill(`${nextYear + 2}-01-05`);
			await page
				.locator('form[action="?/addMember"]')
				.getByLabel('Мандат од', { exact: true })
				.fill(new Date().toISOString().slice(0, 10));
			await page
				.locator('form[action="?/addMember"]')
				.getByRole('button', { name: 'Додај члана', exact: true })
				.click();
			await notice(page, 'Члан је додат.').waitFor();
			await page.getByText('Правило о узрасту после ове промене', { exact: true }).waitFor();
			await expectNoAxeViolations(page);

			// A session is planned for next February.
			await page.getByText('Закажи седницу', { exact: true }).first().click();
			await page.getByLabel('Почетак', { exact: true }).fill(`${nextYear}-02-10T18:00`);
			await page.getByLabel('Крај', { exact: true }).fill(`${nextYear}-02-10T20:00`);
			await page.getByLabel(/^Место/).fill('Сала Скупштине општине');
			await page
				.locator('form[action="?/createSession"]')
				.getByRole('button', { name: 'Закажи седницу', exact: true })
				.click();
			await expectHeading(page, '10. седница');
			await expectNoAxeViolations(page);

			await page.getByText('Додај тачку дневног реда', { exact: true }).first().click();
			await page.getByLabel('Тачка дневног реда', { exact: true }).fill('Програм летњих активности за младе');
			await page.getByLabel('Врста тачке', { exact: true }).selectOption({ label: 'одлучивање' });
			await page.getByLabel(/^Известилац/).fill('Јелена Петровић');
			// A file that only claims to be a PDF is refused by its bytes, and the typed title stays.
			const material = page.getByLabel(/^Или отпремите материјал са рачунара/);
			await material.setInputFiles({ name: 'program.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ') });
			await page
				.locator('form[action="?/addItem"]')
				.getByRole('button', { name: 'Додај тачку дневног реда', exact: true })
				.click();
			await page
				.getByText(/није ни у једном од дозвољених формата/)
				.first()
				.waitFor();
			await expectFieldError(
				page.getByLabel(/^Или отпремите материјал са рачунара/),
				'није ни у једном од дозвољених формата'
			);
			expect(await page.getByLabel('Тачка дневног реда', { exact: true }).inputValue()).toBe(
				'Програм летњих активности за младе'
			);
			await page
				.getByLabel(/^Или отпремите материјал са рачунара/)
				.setInputFiles({ name: 'program.pdf', mimeType: 'application/pdf', buffer: Buffer.from(samplePdf('Program')) });
			await page
				.locator('form[action="?/addItem"]')
				.getByRole('button', { name: 'Додај тачку дневног реда', exact: true })
				.click();
			await notice(page, 'Тачка је додата.').waitFor();
			const agenda = page.getByRole('region', { name: 'Дневни ред' });
			const item = agenda.getByRole('listitem').filter({ hasText: 'Програм летњих активности за младе' });
			await item.waitFor();
			// The uploaded material is in the library and linked from the agenda.
			expect(await item.getByRole('link', { name: 'Материјал', exact: true }).getAttribute('href')).toMatch(
				/\/documents\//
			);

			await page.getByRole('button', { name: 'Пошаљи позиве члановима', exact: true }).click();
			await notice(page, 'Послато је 12 позива.').waitFor();
			await page
				.getByText('За кворум је потребно 7, до сада долази 0. Кворум још није обезбеђен.', { exact: true })
				.waitFor();
			await expectNoAxeViolations(page);
		});

		// The invitation waits in the outbox (no mail server in the demo); the member opens its link.
		let answerLink = '';
		await closing(await newContext(browser), async (context) => {
			const page = await context.newPage();
			await signIn(page, base, 'admin@demo.kzm.test', DEMO_PASSWORD);
			await visit(page, `${base}/admin/outbox`);
			const message = page
				.getByRole('listitem')
				.filter({ has: page.getByRole('heading', { name: 'Позив на 10. седницу: Савет за младе општине Ивањица' }) })
				.filter({ hasText: 'savet@demo.kzm.test' });
			expect(await message.count()).toBe(1);
			await message.getByText('Прикажи поруку', { exact: true }).click();
			const body = (await message.getByRole('group').locator('pre').textContent()) ?? '';
			expect(body).toContain('1. Програм летњих активности за младе (Јелена Петровић)');
			answerLink = /https?:\/\/\S+\/council\/answer\/\S+/.exec(body)![0];
		});
		await closing(await newContext(browser, { phone: true, javaScript: false }), async (context) => {
			const page = await context.newPage();
			await visit(page, answerLink.replace(/^https?:\/\/[^/]+/, base));
			await expectHeading(page, 'Позив на седницу');
			await page.getByText('Ваш одговор: без одговора', { exact: true }).waitFor();
			await page.getByRole('button', { name: 'Долазим', exact: true }).click();
			await notice(page, 'Хвала! Ваш одговор је сачуван.').waitFor();
			await page.getByText('Ваш одговор: долази', { exact: true }).waitFor();
			await expectNoAxeViolations(page);
		});

		// The session is called off: the reason is required, the members are told, the portal shows it.
		let sessionPath = '';
		await closing(await newContext(browser), async (context) => {
			const page = await context.newPage();
			await signIn(page, base, 'koordinator@demo.kzm.test', DEMO_PASSWORD);
			await visit(page, `${base}/admin/council`);
			await page.getByRole('link', { name: 'Савет за младе општине Ивањица', exact: true }).click();
			await page
				.getByRole('link', { name: /^10\. седница/ })
				.first()
				.click();
			await expectHeading(page, '10. седница');
			sessionPath = new URL(page.url()).pathname;
			await page.getByText('Откажи седницу', { exact: true }).first().click();
			await page
				.locator('form[action="?/cancel"]')
				.getByRole('button', { name: 'Откажи седницу', exact: true })
				.click();
			await page.getByText('Ово поље је обавезно.', { exact: true }).first().waitFor();
			await expectFieldError(page.getByLabel(/^Разлог отказивања/), 'Ово поље је обавезно.');
			await page.getByLabel(/^Разлог отказивања/).fill('Сала је тог дана заузета.');
			await page
				.locator('form[action="?/cancel"]')
				.getByRole('button', { name: 'Откажи седницу', exact: true })
				.click();
			await notice(page, 'Седница је отказана.').waitFor();
			await page.getByText('Отказана: Сала је тог дана заузета.', { exact: true }).waitFor();
			await expectNoAxeViolations(page);

			await visit(page, `${base}/admin/outbox`);
			const message = page
				.getByRole('listitem')
				.filter({ has: page.getByRole('heading', { name: 'Отказана 10. седница: Савет за младе општине Ивањица' }) })
				.filter({ hasText: 'savet@demo.kzm.test' });
			expect(await message.count()).toBe(1);
		});
		expect(sessionPath).toMatch(/^\/admin\/council\/sessions\//);
		await closing(await newContext(browser, { phone: true, javaScript: false }), async (context) => {
			const page = await context.newPage();
			await visit(page, `${base}/lat/council/savet-za-mlade`);
			await page.getByText('Sednica je otkazana. Sala je tog dana zauzeta.', { exact: true }).waitFor();
			await expectNoAxeViolations(page);
		});
	});
});
