import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newContext, visit } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { closing, DEMO_PASSWORD, expectHeading, signIn, signOut } from './support/journey.ts';

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
	[server, browser] = await Promise.all([startServer({ demo: true }), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

const CALL = 'Конкурс за пројекте неформалних група младих 2026.';

describe('committee-member-declares-conflict-and-scores', () => {
	it('the demo committee member sees where they stand and is kept out where they declared a conflict; the coordinator reads the ranking', async () => {
		const base = server.url;
		await closing(await newContext(browser), async (context) => {
			const page = await context.newPage();
			await signIn(page, base, 'komisija@demo.kzm.test', DEMO_PASSWORD);
			await visit(page, `${base}/account`);
			await page.getByRole('link', { name: `Оцењивање пријава: ${CALL}`, exact: true }).click();
			await expectHeading(page, 'Оцењивање пријава');
			await expectNoAxeViolations(page);
			expect(await page.getByText('Сукоб интереса: не оцењујете', { exact: true }).count()).toBe(1);
			expect(await page.getByText('Оцењена', { exact: true }).count()).toBe(13);
			await page.getByRole('link', { name: /-0001 · / }).click();
			await page.getByText('Пријавили сте сукоб интереса, па ову пријаву не оцењујете.', { exact: true }).waitFor();
			expect(await page.getByRole('heading', { name: 'Оцене осталих чланова' }).count()).toBe(0);
			await expectNoAxeViolations(page);
			await page.goBack();
			await page.getByRole('link', { name: /-0002 · / }).click();
			await page.getByRole('heading', { name: 'Оцене осталих чланова', exact: true }).waitFor();
			await expectNoAxeViolations(page);
			await signOut(page);

			await signIn(page, base, 'koordinator@demo.kzm.test', DEMO_PASSWORD);
			await visit(page, `${base}/admin/calls`);
			await page.getByRole('link', { name: CALL, exact: true }).click();
			await page.getByRole('link', { name: 'Комисија и ранг-листа', exact: true }).click();
			await expectHeading(page, 'Комисија и ранг-листа');
			await expectNoAxeViolations(page);
			expect(await page.getByRole('row').count()).toBe(15);
			await page.getByText('Финансира се', { exact: true }).first().waitFor();
			await page.getByRole('link', { name: /-0002$/ }).click();
			await page.getByRole('heading', { name: 'Административна провера', exact: true }).waitFor();
			await expectNoAxeViolations(page);
			await page.getByRole('link', { name: /Све пријаве на конкурс$/ }).click();
			await expectHeading(page, 'Пријаве на конкурс');
			await expectNoAxeViolations(page);
		});
	});
});
