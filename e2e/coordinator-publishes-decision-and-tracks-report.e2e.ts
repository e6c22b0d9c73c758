import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newContext, visit } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { closing, DEMO_PASSWORD, expectHeading, linkFromOutbox, notice, signIn } from './support/journey.ts';

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

// A long journey (public page, decision, contract, payment, report, outbox) on a shared, loaded machine.
describe('coordinator-publishes-decision-and-tracks-report', () => {
	it('the public reads the decision with its ranking and PDF; the coordinator follows a contract, pays a tranche and returns a report', async () => {
		const base = server.url;
		let reference = '';
		await closing(await newContext(browser), async (context) => {
			const page = await context.newPage();
			await visit(page, `${base}/calls`);
			await page.getByRole('link', { name: CALL, exact: true }).click();
			await page.getByRole('heading', { name: /^Одлука бр\. / }).waitFor();
			await page.getByText('Одлука је коначна.', { exact: true }).waitFor();
			// Fourteen applications ranked, under a heading row; names and amounts, points because the call publishes them.
			const ranking = page.getByRole('table', { name: 'Ранг-листа са износима' });
			expect(await ranking.getByRole('row').count()).toBe(15);
			await ranking.getByRole('columnheader', { name: 'Просек бодова' }).waitFor();
			await expectNoAxeViolations(page);
			const pdfHref = await page.getByRole('link', { name: 'Преузми одлуку (ПДФ)' }).getAttribute('href');
			const pdf = await page.request.get(`${base}${pdfHref}`);
			expect(pdf.status()).toBe(200);
			expect(pdf.headers()['content-type']).toBe('application/pdf');

			await signIn(page, base, 'koordinator@demo.kzm.test', DEMO_PASSWORD);
			await visit(page, `${base}/admin/calls`);
			await page.getByRole('link', { name: CALL, exact: true }).click();
			await page.getByRole('link', { name: 'Одлука о додели средстава', exact: true }).click();
			// The stage shows as a badge inside the page's heading.
			await page.getByRole('heading', { level: 1, name: 'Одлука о додели средстава Одлука је коначна' }).waitFor();
			await page.getByText('Комисија је поново прегледала оцене; бодови су тачно сабрани.', { exact: false }).waitFor();
			await expectNoAxeViolations(page);

			await page.getByRole('link', { name: /^401-2\// }).click();
			await expectHeading(page, 'Уговор');
			await expectNoAxeViolations(page);
			reference = /P-\d{4}-\d{4}/.exec((await page.locator('main').textContent()) ?? '')![0];
			const docxHref = await page.getByRole('link', { name: 'Преузми уговор (Ворд)' }).getAttribute('href');
			const docx = await page.request.get(`${base}${docxHref}`);
			expect(docx.status()).toBe(200);

			// The second tranche is paid in full.
			const tranche = (await page.getByLabel('Транша').locator('option:checked').textContent()) ?? '';
			await page.getByLabel('Износ', { exact: true }).fill(tranche.split('·')[1].replace(/\D/g, ''));
			await page.getByLabel('Исплаћено', { exact: true }).fill('2026-12-01');
			await page.getByRole('button', { name: 'Упиши исплату' }).click();
			await notice(page, 'Исплата је уписана.').waitFor();
			expect(await page.getByText('Није исплаћено', { exact: true }).count()).toBe(0);

			// The interim report waiting for staff goes back with a comment; the group is told by e-mail.
			await page.getByLabel('Оцена извештаја').selectOption({ label: 'Враћен на допуну' });
			await page.getByLabel('Коментар').fill('Додајте фотографије са радионица.');
			await page.getByRole('button', { name: 'Сачувај оцену' }).click();
			await notice(page, 'Оцена извештаја је сачувана.').waitFor();
			await page.getByText('Враћен на допуну', { exact: true }).first().waitFor();
			await expectNoAxeViolations(page);
		});
		const link = await linkFromOutbox(browser, base, {
			to: '@example.test',
			subject: `Ваш извештај: пријава ${reference}`,
			path: /\/account\/applications\/[0-9a-f-]+\/results/
		});
		expect(link).toContain('/results');
	}, 240_000);
});
