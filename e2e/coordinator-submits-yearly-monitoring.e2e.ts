import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newContext } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { closing, DEMO_PASSWORD, expectFieldError, expectHeading, notice, signIn } from './support/journey.ts';

// A report is submitted (and frozen) here, so this journey gets its own office.
let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
	[server, browser] = await Promise.all([startServer({ demo: true }), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

const PLAN = 'Локални акциони план за младе општине Ивањица 2025–2029';
const LEAGUE = 'Лига малог фудбала и баскета за средњошколце';
const COMMENT = 'Лига је проширена на основне школе у Кушићима и Међуречју.';

describe('coordinator-submits-yearly-monitoring', () => {
	it('starts the 2026 report, fills an activity, submits it after confirming, and the public reads it', async () => {
		await closing(await newContext(browser), async (context) => {
			const page = await context.newPage();
			await signIn(page, server.url, 'koordinator@demo.kzm.test', DEMO_PASSWORD);
			await page.goto(`${server.url}/admin/action-plan`);
			await page.getByRole('link', { name: PLAN, exact: true }).click();
			await expectHeading(page, PLAN);
			await page.getByRole('link', { name: 'Годишње праћење', exact: true }).click();
			await expectHeading(page, 'Годишње праћење');
			await expectNoAxeViolations(page);
			expect(await page.getByRole('row', { name: /^Извештај о праћењу за 2025\./ }).textContent()).toContain('Предат');

			await page.getByLabel('Година извештаја', { exact: true }).selectOption('2026');
			await page.getByRole('button', { name: 'Започни', exact: true }).click();
			await expectHeading(page, 'Извештај о праћењу за 2026.');
			await expectNoAxeViolations(page);

			// The activity's entry starts from the plan; a wrong percentage is refused field by field.
			const league = page.getByRole('group', { name: LEAGUE, exact: true });
			const progress = league.getByLabel('Напредак (%)', { exact: true });
			expect(await progress.inputValue()).toBe('20');
			await progress.fill('sto');
			await league.getByLabel('Коментар', { exact: true }).fill(COMMENT);
			await page.getByRole('button', { name: 'Сачувај извештај', exact: true }).click();
			await page.getByRole('alert').filter({ hasText: 'Образац није сачуван.' }).waitFor();
			await expectNoAxeViolations(page);
			await expectFieldError(progress, 'Напредак је број од 0 до 100.');
			expect(await league.getByLabel('Коментар', { exact: true }).inputValue()).toBe(COMMENT);
			await progress.fill('45');
			await league.getByLabel('Потрошено (дин.)', { exact: true }).fill('150.000');
			await page.getByRole('button', { name: 'Сачувај извештај', exact: true }).click();
			await notice(page, 'Промене су сачуване.').waitFor();
			expect(await league.getByLabel('Потрошено (дин.)', { exact: true }).inputValue()).toBe('150.000');

			// A draft report is not public.
			const draft = await context.request.get(`${server.url}/action-plan/2025-2029/reports/2026`);
			expect(draft.status()).toBe(404);

			// Submitting freezes the report: it asks for a confirmation first.
			await page.getByRole('button', { name: 'Предај извештај', exact: true }).click();
			await page.getByRole('alert').filter({ hasText: 'Образац није сачуван.' }).waitFor();
			await expectFieldError(
				page.getByRole('checkbox', { name: 'Разумем да се предат извештај више не може мењати', exact: true }),
				'Потврдите да је извештај спреман за предају.'
			);
			await page
				.getByRole('checkbox', { name: 'Разумем да се предат извештај више не може мењати', exact: true })
				.check();
			await page.getByRole('button', { name: 'Предај извештај', exact: true }).click();
			await notice(page, 'Извештај је предат и објављен.').waitFor();
			await page
				.getByText(/више се не мења/)
				.first()
				.waitFor();
			await expectNoAxeViolations(page);
			expect(await page.getByRole('button', { name: 'Сачувај извештај' }).count()).toBe(0);
			await page.getByText(COMMENT).waitFor();

			// The public reads it from its snapshot.
			await page.goto(`${server.url}/action-plan`);
			await page.getByRole('link', { name: 'Извештај о праћењу за 2026.', exact: true }).click();
			await expectHeading(page, 'Извештај о праћењу за 2026.');
			await page.getByText(COMMENT).waitFor();
			await expectNoAxeViolations(page);
		});
	});
});
