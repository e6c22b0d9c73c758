// Issue 13.11: every e-mail the platform sends, from a request or from a background job, links only
// to the address the office is configured with (a demo office: the address it was started on), and
// every one of those links opens on the running server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newContext, visit } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { closing, DEMO_PASSWORD, expectHeading, signIn, signOut } from './support/journey.ts';

// Mail is queued here, so this journey gets its own office.
let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
	[server, browser] = await Promise.all([startServer({ demo: true, env: { JOBS_AT_START: '1' } }), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

interface Mail {
	subject: string;
	to: string;
	body: string;
}

/** Every message of the office's outbox, page after page, as an administrator reads them. */
async function readOutbox(page: Page, base: string): Promise<Mail[]> {
	const mails: Mail[] = [];
	for (let number = 1; ; number++) {
		await page.goto(`${base}/admin/outbox?page=${number}`);
		await expectHeading(page, 'Одлазна пошта');
		const items = page.getByRole('main').locator('li.card');
		for (const item of await items.all()) {
			mails.push({
				subject: (await item.locator('h2').textContent())?.trim() ?? '',
				to: (await item.locator('p').first().textContent())?.trim() ?? '',
				body: (await item.locator('pre.mail').textContent()) ?? ''
			});
		}
		const next = page.locator('nav.pagination a[rel="next"]');
		if ((await items.count()) === 0 || (await next.count()) === 0) return mails;
	}
}

describe('every-mail-link-opens', () => {
	it('queues mail from requests and from jobs; every link in it is on the configured address and opens', async () => {
		const base = server.url;

		// From requests, as a visitor: an event registration, a contact message, a sign-up, a password reset.
		await closing(await newContext(browser), async (context) => {
			const page = await context.newPage();
			await visit(page, `${base}/events/kurs-video-montaze/register`);
			await page.getByLabel('Име и презиме', { exact: true }).fill('Мила Линковић');
			await page.getByLabel('Е-пошта (није обавезно)', { exact: true }).fill('mila.links@example.rs');
			await page.getByLabel('Година рођења', { exact: true }).fill('2005');
			await page.getByRole('checkbox', { name: /^Пристајем да канцеларија за младе чува/ }).check();
			await page.getByRole('button', { name: 'Пошаљи пријаву', exact: true }).click();
			await page.getByRole('main').getByText('Потврђено', { exact: true }).waitFor();

			await visit(page, `${base}/contact`);
			await page.getByLabel('Име и презиме', { exact: true }).fill('Мила Линковић');
			await page.getByLabel('Е-пошта', { exact: true }).fill('mila.links@example.rs');
			await page.getByLabel('Порука', { exact: true }).fill('Да ли раде линкови у порукама?');
			await page.getByRole('checkbox', { name: /^Пристајем да канцеларија за младе сачува/ }).check();
			await page.getByRole('button', { name: 'Пошаљи поруку', exact: true }).click();
			await page.getByRole('heading', { name: 'Порука је послата' }).waitFor();

			await visit(page, `${base}/sign-up`);
			await page.getByLabel('Име и презиме', { exact: true }).fill('Мила Линковић');
			await page.getByLabel('Е-пошта', { exact: true }).fill('mila.account@example.rs');
			await page.getByLabel('Лозинка', { exact: true }).fill('dugacka lozinka za linkove');
			await page.getByLabel('Поновите лозинку', { exact: true }).fill('dugacka lozinka za linkove');
			await page.getByRole('checkbox', { name: /^Слажем се да канцеларија чува/ }).check();
			await page.getByRole('button', { name: 'Направи налог', exact: true }).click();
			await expectHeading(page, 'Проверите пошту');

			await visit(page, `${base}/lat/forgot-password`);
			await page.getByLabel('E-pošta', { exact: true }).fill('mlada@demo.kzm.test');
			await page.getByRole('button', { name: 'Pošalji vezu', exact: true }).click();
			await page.getByRole('status').filter({ hasText: 'Ako nalog sa tom adresom postoji' }).waitFor();
		});

		// From a request, as staff: a message to the waitlisted of a full workshop.
		await closing(await newContext(browser), async (context) => {
			const page = await context.newPage();
			await signIn(page, base, 'koordinator@demo.kzm.test', DEMO_PASSWORD);
			await page.goto(`${base}/admin/events`);
			await page.getByRole('link', { name: 'Радионица: CV и мотивационо писмо', exact: true }).first().click();
			await page
				.getByRole('navigation', { name: 'Делови догађаја', exact: true })
				.getByRole('link', { name: 'Пријаве', exact: true })
				.click();
			const section = page.getByRole('region', { name: 'Пишите пријављенима' });
			await section.getByRole('radio', { name: 'Онима на листи чекања', exact: true }).check();
			await section.getByLabel('Наслов', { exact: true }).fill('Линкови у поруци');
			await section
				.getByLabel('Порука', { exact: true })
				.fill('Сајт: https://mladi.example.org/vodic, а догађаји на сајту канцеларије.');
			await section.getByRole('button', { name: 'Пошаљи поруку', exact: true }).click();
			await page.getByRole('status').filter({ hasText: 'Порука је послата на' }).waitFor();
			await signOut(page);
		});

		// From jobs: the server runs every job once shortly after it starts (reminders, feedback
		// requests, warnings, yearly confirmations), on the demo office's own dates; by now that has run.
		const mails = await closing(await newContext(browser), async (context) => {
			const page = await context.newPage();
			await signIn(page, base, 'admin@demo.kzm.test', DEMO_PASSWORD);
			return readOutbox(page, base);
		});

		const links = new Map<string, string>();
		for (const mail of mails) {
			for (const match of mail.body.matchAll(/https?:\/\/[^\s<>"')]+/g)) {
				const link = match[0].replace(/[.,;:!?]+$/, '');
				if (!links.has(link)) links.set(link, mail.subject);
			}
		}
		const subjects = new Map<string, number>();
		for (const mail of mails) subjects.set(mail.subject, (subjects.get(mail.subject) ?? 0) + 1);
		console.log(
			`[mail] ${mails.length} messages, ${subjects.size} subjects, ${links.size} different links\n` +
				[...subjects].map(([subject, count]) => `  ${count} × ${subject}`).join('\n')
		);

		// The only links elsewhere are the ones staff typed into a message or an event (checked below:
		// never this machine under another name or port).
		const own = [...links.keys()].filter((link) => new URL(link).origin === base);
		const elsewhere = [...links.keys()].filter((link) => new URL(link).origin !== base);
		for (const link of elsewhere) {
			expect(new URL(link).hostname, link).not.toMatch(/^(localhost|127\.|\[::1\]|0\.0\.0\.0)/);
		}
		expect(elsewhere.filter((link) => !/\.example\.(org|com|rs)\b/.test(new URL(link).hostname))).toEqual([]);
		console.log(
			`[mail] paths: ${[...new Set(own.map((link) => new URL(link).pathname.replace(/[A-Za-z0-9_-]{16,}/g, '…')))].join(' ')}`
		);
		// Links of both origins: requests (registration, sign-up, reset) and a job (warnings to organisers).
		for (const path of [
			'/events/',
			'/registrations/',
			'/sign-up/confirm/',
			'/lat/reset-password/',
			'/admin/volunteering/'
		]) {
			expect(
				own.some((link) => new URL(link).pathname.startsWith(path)),
				`no ${path} link`
			).toBe(true);
		}

		// Each link opens for the person who reads the mail, not signed in: a page (or, for a staff
		// link, the sign-in page it sends them to), never a 404 or a server error. One-time links
		// are opened without being used (their pages ask for a button press), so they answer 200.
		const broken: string[] = [];
		await closing(await newContext(browser), async (context) => {
			for (const link of own) {
				// As a browser asks for a page (a staff link then leads to the sign-in page, not a bare 403).
				const response = await context.request.get(link, { maxRedirects: 5, headers: { accept: 'text/html' } });
				if (response.status() >= 400) broken.push(`${response.status()} ${link} (${links.get(link)})`);
			}
		});
		expect(broken).toEqual([]);
	}, 120_000);
});
