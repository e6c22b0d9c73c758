import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newContext, visit } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { closing, DEMO_PASSWORD, notice, signIn } from './support/journey.ts';

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

	it('tells a signed-out visitor on the poll itself that only signed-in users vote in it', async () => {
		const signedIn = 'Да ли вам одговара термин суботом?';
		const date = (offset: number) => new Date(Date.now() + offset * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
		await closing(await newContext(browser), async (context) => {
			const staff = await context.newPage();
			await signIn(staff, server.url, 'koordinator@demo.kzm.test', DEMO_PASSWORD);
			await visit(staff, `${server.url}/admin/participation/polls`);
			await staff.getByLabel('Питање', { exact: true }).fill(signedIn);
			await staff.getByLabel('Одговори, сваки у свом реду', { exact: true }).fill('Да\nНе');
			await staff.getByLabel('Ко гласа', { exact: true }).selectOption({ label: 'Пријављени корисници' });
			await staff.getByLabel('Отвара се', { exact: true }).fill(date(-1));
			await staff.getByLabel('Затвара се', { exact: true }).fill(date(7));
			await staff.getByRole('button', { name: 'Објави анкету', exact: true }).click();
			await notice(staff, 'Анкета је сачувана.').waitFor();
		});
		await closing(await newContext(browser, { phone: true, javaScript: false }), async (context) => {
			const page = await context.newPage();
			await visit(page, `${server.url}/polls`);
			await page.getByRole('article', { name: signedIn }).getByLabel('Да', { exact: true }).check();
			await page.getByRole('article', { name: signedIn }).getByRole('button', { name: 'Гласај', exact: true }).click();
			// The refusal is said next to the poll (not an error page), and nothing was stored.
			await page
				.getByRole('article', { name: signedIn })
				.getByRole('alert')
				.getByText('У овој анкети гласају пријављени корисници.', { exact: true })
				.waitFor();
			await page.getByRole('heading', { level: 1, name: 'Брзе анкете', exact: true }).waitFor();
			expect(await page.getByRole('article', { name: signedIn }).getByRole('button', { name: 'Гласај' }).count()).toBe(
				1
			);
			await expectNoAxeViolations(page);
		});
	}, 240_000);
});
