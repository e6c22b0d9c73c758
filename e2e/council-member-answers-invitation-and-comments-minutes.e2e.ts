import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newContext, visit } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { closing, DEMO_PASSWORD, expectHeading, notice, signIn } from './support/journey.ts';

// The member answers and comments here, so this journey gets its own office.
let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
	[server, browser] = await Promise.all([startServer({ demo: true }), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

describe('council-member-answers-invitation-and-comments-minutes', () => {
	it('on a phone: answers the next session from their account and comments the draft minutes; the back-office stays closed', async () => {
		const base = server.url;
		await closing(await newContext(browser, { phone: true }), async (context) => {
			const page = await context.newPage();
			await signIn(page, base, 'savet@demo.kzm.test', DEMO_PASSWORD);
			await visit(page, `${base}/account`);
			await page.getByRole('link', { name: 'Мој савет: седнице, позиви и записници', exact: true }).click();
			await expectHeading(page, 'Мој савет');
			await expectNoAxeViolations(page);

			const upcoming = page.getByRole('article', { name: 'Савет за младе општине Ивањица: 9. седница' });
			await upcoming.getByText('Усвајање записника са претходне седнице').waitFor();
			await upcoming.getByRole('button', { name: 'Не долазим: 9. седница', exact: true }).click();
			await notice(page, 'Ваш одговор је сачуван.').waitFor();
			await page
				.getByRole('article', { name: 'Савет за младе општине Ивањица: 9. седница' })
				.getByText('Ваш одговор: не долази', { exact: true })
				.waitFor();

			const draft = page.getByRole('article', { name: 'Савет за младе општине Ивањица: 8. седница' });
			await draft.getByText(/Седница број 8/).waitFor();
			await draft
				.getByLabel('Ваша примедба на записник', { exact: true })
				.fill('У записнику недостаје име госта из Дома здравља.');
			await draft.getByRole('button', { name: 'Пошаљи примедбу', exact: true }).click();
			await notice(page, 'Ваша примедба је послата.').waitFor();
			await page.getByText('У записнику недостаје име госта из Дома здравља.', { exact: true }).waitFor();
			await expectNoAxeViolations(page);

			// A council member edits nothing else: the back-office is closed to them.
			const response = await page.goto(`${base}/admin/council`);
			if (response?.status() !== 403) throw new Error(`expected 403, got ${response?.status()}`);
		});
		// Staff see the comment on the session.
		await closing(await newContext(browser), async (context) => {
			const page = await context.newPage();
			await signIn(page, base, 'koordinator@demo.kzm.test', DEMO_PASSWORD);
			await visit(page, `${base}/admin/council`);
			await page.getByRole('link', { name: 'Савет за младе општине Ивањица', exact: true }).click();
			await page.getByRole('link', { name: '8. седница', exact: true }).click();
			await expectHeading(page, '8. седница');
			await page.getByText('У записнику недостаје име госта из Дома здравља.', { exact: true }).waitFor();
			await expectNoAxeViolations(page);
		});
	});
});
