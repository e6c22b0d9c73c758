import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newContext, visit } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { closing } from './support/journey.ts';

// Votes are stored, so this journey gets its own demo office.
let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
	[server, browser] = await Promise.all([startServer({ demo: true }), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

const QUESTION = 'Коју радионицу да организујемо следећег месеца?';

describe('visitor-answers-quick-poll', () => {
	it('answers the open poll once from the home page without JavaScript and sees the results', async () => {
		await closing(await newContext(browser, { phone: true, javaScript: false }), async (context) => {
			const page = await context.newPage();
			await visit(page, `${server.url}/`);
			await page.getByRole('link', { name: QUESTION, exact: true }).click();
			await page.getByRole('heading', { level: 1, name: 'Брзе анкете', exact: true }).waitFor();
			await expectNoAxeViolations(page);
			const poll = page.getByRole('article', { name: QUESTION });
			// Nothing chosen: said in the poll, nothing stored.
			await poll.getByRole('button', { name: 'Гласај', exact: true }).click();
			await page
				.getByRole('article', { name: QUESTION })
				.getByRole('alert')
				.getByText('Изаберите један одговор.')
				.waitFor();
			await expectNoAxeViolations(page);
			await page.getByRole('article', { name: QUESTION }).getByLabel('Монтажа видеа', { exact: true }).check();
			await page.getByRole('article', { name: QUESTION }).getByRole('button', { name: 'Гласај', exact: true }).click();
			await page.getByText('Хвала, ваш глас је забележен.').waitFor();
			const results = page.getByRole('article', { name: QUESTION });
			await results.getByText('Гласала је 1 особа').waitFor();
			await results.getByText('Монтажа видеа: 1 (100%)').waitFor();
			expect(await results.getByRole('button', { name: 'Гласај' }).count()).toBe(0);
			await expectNoAxeViolations(page);
			// The closed poll shows its results to everyone, small groups hidden.
			await page.getByRole('heading', { level: 2, name: 'Затворене анкете', exact: true }).waitFor();
			await page.getByText('Радним данима увече', { exact: false }).first().waitFor();

			// The same browser cannot vote again (its token is remembered, only its hash is stored).
			await visit(page, `${server.url}/en/polls`);
			await page
				.getByRole('article', { name: 'Which workshop should we run next month?' })
				.getByText('You have already voted in this poll.')
				.waitFor();
		});
	}, 240_000);
});
