import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newContext, visit } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import {
	closing,
	DEMO_PASSWORD,
	expectFieldError,
	expectHeading,
	notice,
	signIn,
	signOut,
	signUpAndConfirm
} from './support/journey.ts';

// An account and an application are created here, so this journey gets its own office.
let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
	[server, browser] = await Promise.all([startServer({ demo: true }), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

/** A birth date that makes someone 16 today. */
function sixteenYearsAgo(): string {
	const today = new Date();
	return `${today.getUTCFullYear() - 16}-01-15`;
}

describe('young-person-applies-to-volunteer-on-phone', () => {
	it('a 16-year-old applies on a phone without JavaScript; the organiser cannot accept until the parent consents by the e-mailed link, and the parent can withdraw it', async () => {
		const base = server.url;
		await closing(await newContext(browser, { phone: true, javaScript: false }), async (context) => {
			const page = await context.newPage();
			// A new account first.
			await signUpAndConfirm(page, base, browser, {
				name: 'Лена Јовић',
				email: 'lena.jovic@example.rs',
				password: 'šetnja pored Moravice'
			});

			// The list, filtered to what under-18s may do.
			await visit(page, `${base}/volunteering`);
			await expectHeading(page, 'Волонтирање');
			expect(await page.locator('script[src]').count()).toBe(0);
			await expectNoAxeViolations(page);
			await page.getByLabel('Само за млађе од 18', { exact: true }).check();
			await page.getByRole('button', { name: 'Прикажи', exact: true }).click();
			expect(new URL(page.url()).searchParams.get('under18')).toBe('yes');
			await page.getByRole('link', { name: 'Чишћење обале Моравице', exact: true }).click();
			await expectHeading(page, 'Чишћење обале Моравице');
			await expectNoAxeViolations(page);
			// The clean-up belongs to the calendar's volunteer action, whose page links back to it.
			await page.getByRole('link', { name: 'Волонтерска акција: чистимо обалу Моравице', exact: true }).click();
			await expectHeading(page, 'Волонтерска акција: чистимо обалу Моравице');
			await expectNoAxeViolations(page);
			const related = page.getByRole('region', { name: 'Уз овај догађај', exact: true });
			await related.getByRole('link', { name: 'Чишћење обале Моравице', exact: true }).click();
			await expectHeading(page, 'Чишћење обале Моравице');

			// The first time, the volunteer profile.
			await page.getByRole('link', { name: 'Волонтерски профил', exact: true }).click();
			await expectHeading(page, 'Волонтерски профил');
			await expectNoAxeViolations(page);
			await page.getByLabel('Датум рођења', { exact: true }).fill(sixteenYearsAgo());
			await page
				.getByLabel('Особа за хитне случајеве (име и телефон)', { exact: true })
				.fill('Мајка Весна, 064 111 2222');
			await page.getByRole('button', { name: 'Сачувај профил', exact: true }).click();
			await expectHeading(page, 'Чишћење обале Моравице');
			await notice(page, 'Профил је сачуван.').waitFor();

			// Applying without a parent is refused, next to the fields.
			await page.getByRole('button', { name: 'Пошаљи пријаву', exact: true }).click();
			await page.getByRole('alert').filter({ hasText: 'Млађи сте од 18 година' }).waitFor();
			await expectNoAxeViolations(page);
			await expectFieldError(
				page.getByLabel('Име и презиме родитеља или старатеља', { exact: true }),
				'Потребно за млађе од 18 година.'
			);
			await page.getByLabel('Име и презиме родитеља или старатеља', { exact: true }).fill('Весна Јовић');
			await page.getByLabel('Е-адреса родитеља или старатеља', { exact: true }).fill('vesna.jovic@example.rs');
			await page.getByRole('button', { name: 'Пошаљи пријаву', exact: true }).click();
			await page
				.getByRole('main')
				.getByText(/^Пријава је послата\. Родитељу или старатељу смо послали е-поруку/)
				.waitFor();
			await expectNoAxeViolations(page);
			await signOut(page);

			// The parent's link, read from the outbox by the administrator (no mail server in the demo).
			await signIn(page, base, 'admin@demo.kzm.test', DEMO_PASSWORD);
			await page.goto(`${base}/admin/outbox`);
			const message = page
				.getByRole('listitem')
				.filter({ has: page.getByRole('heading', { name: 'Сагласност за волонтирање: Лена Јовић' }) });
			expect(await message.count()).toBe(1);
			await message.getByText('Прикажи поруку', { exact: true }).click();
			const text = (await message.getByRole('group').locator('pre').textContent()) ?? '';
			const link = /https?:\/\/\S+\/volunteering\/guardian\/\S+/.exec(text)?.[0];
			expect(link, `no consent link in:\n${text}`).toBeTruthy();

			// Before consent the organiser cannot accept.
			await page.goto(`${base}/admin/volunteering`);
			await page.getByRole('link', { name: 'Чишћење обале Моравице', exact: true }).click();
			const application = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Лена Јовић' }) });
			await application.getByText('сагласност још није дата', { exact: false }).waitFor();
			await expectNoAxeViolations(page);
			await application.getByRole('button', { name: 'Прихвати', exact: true }).click();
			await page.getByRole('alert').filter({ hasText: 'сагласност родитеља још није дата' }).waitFor();
			await signOut(page);

			// The parent consents without an account.
			await page.goto(new URL(new URL(link!).pathname, base).toString());
			await expectHeading(page, 'Сагласност за волонтирање');
			await expectNoAxeViolations(page);
			await page.getByLabel('Ваше име и презиме', { exact: true }).fill('Весна Јовић');
			await page.getByRole('checkbox', { name: /^Као родитељ или старатељ дајем/ }).check();
			await page.getByRole('button', { name: 'Дајем сагласност', exact: true }).click();
			await notice(page, 'Хвала! Сагласност је забележена.').waitFor();
			await expectNoAxeViolations(page);

			// Now the organiser accepts.
			await signIn(page, base, 'admin@demo.kzm.test', DEMO_PASSWORD);
			await page.goto(`${base}/admin/volunteering`);
			await page.getByRole('link', { name: 'Чишћење обале Моравице', exact: true }).click();
			const accepted = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Лена Јовић' }) });
			await accepted.getByText('сагласност дата', { exact: false }).waitFor();
			await accepted.getByRole('button', { name: 'Прихвати', exact: true }).click();
			await notice(page, 'Одлука је сачувана и волонтер је обавештен.').waitFor();
			await signOut(page);

			// The parent withdraws consent through the same link: the minor's coming application is withdrawn.
			await page.goto(new URL(new URL(link!).pathname, base).toString());
			await expectHeading(page, 'Сагласност за волонтирање');
			await page.getByRole('heading', { name: 'Повлачење сагласности', exact: true }).waitFor();
			await page.getByRole('button', { name: 'Повуци сагласност', exact: true }).click();
			await page.getByText('Потврдите повлачење.', { exact: true }).waitFor();
			await page.getByRole('checkbox', { name: 'Повлачим сагласност за волонтирање', exact: true }).check();
			await page.getByRole('button', { name: 'Повуци сагласност', exact: true }).click();
			await notice(page, 'Сагласност је повучена. Волонтер је обавештен.').waitFor();
			await expectNoAxeViolations(page);
			await signIn(page, base, 'admin@demo.kzm.test', DEMO_PASSWORD);
			await page.goto(`${base}/admin/volunteering`);
			await page.getByRole('link', { name: 'Чишћење обале Моравице', exact: true }).click();
			const withdrawn = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Лена Јовић' }) });
			await withdrawn.getByText('Повучено', { exact: true }).waitFor();
		});
		// Four people take turns in one journey: longer than the default on a loaded machine.
	}, 240_000);
});
