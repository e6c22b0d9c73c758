import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newContext, visit } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { closing, DEMO_PASSWORD, expectHeading, notice, signIn } from './support/journey.ts';

// A session is held and minuted here, so this journey gets its own office.
let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
	[server, browser] = await Promise.all([startServer({ demo: true }), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

/** A datetime-local value on Belgrade's clock, some hours from now. */
function belgradeIn(hours: number): string {
	const parts = new Intl.DateTimeFormat('sv-SE', {
		timeZone: 'Europe/Belgrade',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit'
	}).format(new Date(Date.now() + hours * 3_600_000));
	return parts.replace(' ', 'T');
}

async function expectNoSidewaysScroll(page: Page) {
	expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

describe('staff-minutes-session-on-phone', () => {
	it('records attendance, a named vote and a numbered decision on a 320 px screen, then drafts and approves the minutes', async () => {
		const base = server.url;
		await closing(await newContext(browser, { phone: true }), async (context) => {
			const page = await context.newPage();
			await signIn(page, base, 'saradnik@demo.kzm.test', DEMO_PASSWORD);
			await visit(page, `${base}/admin/council`);
			await page.getByRole('link', { name: 'Локални омладински парламент', exact: true }).click();
			await expectHeading(page, 'Локални омладински парламент');
			await page.getByText('Закажи седницу', { exact: true }).first().click();
			await page.getByLabel('Почетак', { exact: true }).fill(belgradeIn(1));
			await page.getByLabel('Крај', { exact: true }).fill(belgradeIn(3));
			await page
				.locator('form[action="?/createSession"]')
				.getByRole('button', { name: 'Закажи седницу', exact: true })
				.click();
			await expectHeading(page, '6. седница');
			await page.getByText('Додај тачку дневног реда', { exact: true }).first().click();
			await page.getByLabel('Тачка дневног реда', { exact: true }).fill('Предлог за бесплатан улаз на базен');
			await page.getByLabel('Врста тачке', { exact: true }).selectOption({ label: 'гласање' });
			await page
				.locator('form[action="?/addItem"]')
				.getByRole('button', { name: 'Додај тачку дневног реда', exact: true })
				.click();
			await notice(page, 'Тачка је додата.').waitFor();
			await page.getByRole('button', { name: 'Пошаљи позиве члановима', exact: true }).click();
			await notice(page, 'Послато је 30 позива.').waitFor();
			await expectNoAxeViolations(page);
			await expectNoSidewaysScroll(page);

			// Attendance: ten delegates are ticked.
			const boxes = page.getByRole('group', { name: 'Присуство' }).getByRole('checkbox');
			expect(await boxes.count()).toBe(30);
			for (let index = 0; index < 10; index++) await boxes.nth(index).check();
			await page.getByRole('button', { name: 'Сачувај присуство', exact: true }).click();
			await page.getByText('Присутно: 10 од 30. Нема кворума.', { exact: true }).waitFor();
			for (let index = 10; index < 16; index++)
				await page.getByRole('group', { name: 'Присуство' }).getByRole('checkbox').nth(index).check();
			await page.getByRole('button', { name: 'Сачувај присуство', exact: true }).click();
			await page.getByText('Присутно: 16 од 30. Кворум постоји.', { exact: true }).waitFor();
			await expectNoAxeViolations(page);

			// The parliament votes by name: each delegate present gets a choice, and the totals are counted from them.
			const item = page.getByRole('article', { name: '1. Предлог за бесплатан улаз на базен' });
			await item.getByLabel('Сажетак расправе', { exact: true }).fill('Делегати подржавају предлог за ученике.');
			const voters = item.getByRole('group', { name: 'Поименично гласање' }).getByRole('combobox');
			expect(await voters.count()).toBe(16);
			for (let index = 0; index < 16; index++)
				await voters.nth(index).selectOption({ label: index < 13 ? 'за' : index < 15 ? 'против' : 'уздржан/а' });
			await item.getByLabel('Одлука (наслов)', { exact: true }).fill('Бесплатан улаз на базен за ученике');
			await expectNoSidewaysScroll(page);
			await item.getByRole('button', { name: /^Сачувај тачку/ }).click();
			const year = new Date().getUTCFullYear();
			await page.getByText(new RegExp(`^Тачка је сачувана, одлука број \\d+/${year}\\.$`)).waitFor();
			await page
				.getByText(/Гласање: за 13, против 2, уздржано 1\./)
				.first()
				.waitFor();
			await expectNoAxeViolations(page);
			await expectNoSidewaysScroll(page);

			await page.getByRole('button', { name: 'Састави нацрт записника из тока седнице', exact: true }).click();
			await notice(page, 'Нацрт записника је састављен.').waitFor();
			await page.getByRole('button', { name: 'Записник је усвојен на наредној седници', exact: true }).click();
			await notice(page, 'Записник је усвојен и објављен на порталу.').waitFor();
			await page.getByText('Делегати подржавају предлог за ученике.').waitFor();
			// The minutes name who voted against (the rules of a parliament voting by name).
			await page.getByText('Гласали против:', { exact: true }).waitFor();
			await expectNoAxeViolations(page);
		});
		// The approved minutes are public.
		await closing(await newContext(browser, { phone: true, javaScript: false }), async (context) => {
			const page = await context.newPage();
			await visit(page, `${base}/council/lokalni-omladinski-parlament`);
			await page.getByRole('link', { name: /^Записник са 6\. седнице/ }).click();
			await page.getByText('Делегати подржавају предлог за ученике.').waitFor();
			await page.getByText('Уздржали су се:', { exact: true }).waitFor();
			await expectNoAxeViolations(page);
		});
	});
});
