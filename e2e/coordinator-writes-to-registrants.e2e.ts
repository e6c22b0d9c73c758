import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newContext } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { closing, DEMO_PASSWORD, expectFieldError, expectHeading, signIn, signOut } from './support/journey.ts';

// Messages are queued here, so this journey gets its own office.
let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
	[server, browser] = await Promise.all([startServer({ demo: true }), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

const SUBJECT = 'Ослободило се место? Јавите нам';

describe('coordinator-writes-to-registrants', () => {
	it('writes to the waitlisted of a full workshop from its registrations page; the outbox shows one e-mail per address', async () => {
		await closing(await newContext(browser), async (context) => {
			const page = await context.newPage();
			await signIn(page, server.url, 'koordinator@demo.kzm.test', DEMO_PASSWORD);
			await page.goto(`${server.url}/admin/events`);
			await page.getByRole('link', { name: 'Радионица: CV и мотивационо писмо', exact: true }).first().click();
			await page
				.getByRole('navigation', { name: 'Делови догађаја', exact: true })
				.getByRole('link', { name: 'Пријаве', exact: true })
				.click();
			await expectHeading(page, 'Пријаве: Радионица: CV и мотивационо писмо');
			await expectNoAxeViolations(page);

			// The waitlist badge says how many wait; the message goes to those who left an address.
			const section = page.getByRole('region', { name: 'Пишите пријављенима' });
			await section.getByRole('radio', { name: 'Онима на листи чекања', exact: true }).check();
			// Without a text the form says what is missing and keeps the choice.
			await section.getByLabel('Наслов', { exact: true }).fill(SUBJECT);
			await section.getByRole('button', { name: 'Пошаљи поруку', exact: true }).click();
			await section.getByRole('alert').waitFor();
			await expectFieldError(section.getByLabel('Порука', { exact: true }), 'Ово поље је обавезно.');
			expect(await section.getByRole('radio', { name: 'Онима на листи чекања', exact: true }).isChecked()).toBe(true);
			await expectNoAxeViolations(page);

			await section
				.getByLabel('Порука', { exact: true })
				.fill('Ако вам термин не одговара, одјавите се преко линка из прве поруке, да место добије неко други.');
			await section.getByRole('button', { name: 'Пошаљи поруку', exact: true }).click();
			const sent = page.getByRole('status').filter({ hasText: 'Порука је послата на' });
			await sent.waitFor();
			const count = Number((await sent.textContent())?.match(/\d+/)?.[0]);
			expect(count).toBeGreaterThan(0);
			await expectNoAxeViolations(page);
			await signOut(page);

			// The administrator reads the queued e-mails in the outbox (no mail server in the demo).
			await signIn(page, server.url, 'admin@demo.kzm.test', DEMO_PASSWORD);
			await page.goto(`${server.url}/admin/outbox`);
			await expectHeading(page, 'Одлазна пошта');
			const mails = page.getByRole('heading', { name: SUBJECT, exact: true });
			expect(await mails.count()).toBe(count);
			expect(await page.getByRole('main').textContent()).toContain('одјавите се преко линка из прве поруке');
			await expectNoAxeViolations(page);
		});
	});
});
