import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newContext, visit } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { closing, expectFieldError, expectHeading, expectPath, notice } from './support/journey.ts';

// A registration is created here, so this journey gets its own office.
let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
	[server, browser] = await Promise.all([startServer({ demo: true }), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

/** Nothing sticks out sideways on a 320 px screen. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
}

describe('young-person-registers-on-phone-without-javascript', () => {
	it('signs up for the video course on a 320 px phone with no JavaScript, sees the place and opens the private link', async () => {
		const base = server.url;
		await closing(await newContext(browser, { phone: true, javaScript: false }), async (context) => {
			const page = await context.newPage();
			await visit(page, `${base}/events/kurs-video-montaze/register`);
			await expectHeading(page, 'Пријава: Курс видео монтаже');
			await expectNoSidewaysScroll(page);
			expect(await page.locator('script[src]').count()).toBe(0);
			await page.getByText(/^Још \d+ слобод/).waitFor();

			// Sent empty: every problem is said next to its field, in Serbian.
			await page.getByRole('button', { name: 'Пошаљи пријаву', exact: true }).click();
			await page.getByRole('alert').filter({ hasText: 'Образац није сачуван.' }).waitFor();
			await expectNoAxeViolations(page);
			await expectFieldError(page.getByLabel('Име и презиме', { exact: true }), 'Ово поље је обавезно.');
			await expectFieldError(page.getByLabel('Година рођења', { exact: true }), 'Ово поље је обавезно.');
			await expectFieldError(
				page.getByRole('checkbox', { name: /^Пристајем да канцеларија за младе чува/ }),
				'Без ваше сагласности не можемо да сачувамо пријаву.'
			);

			// Typed in Latin, as people often do on a phone.
			await page.getByLabel('Име и презиме', { exact: true }).fill('Teodora Ilić');
			await page.getByLabel('Е-пошта (није обавезно)', { exact: true }).fill('teodora.ilic@example.rs');
			await page.getByLabel('Број телефона (није обавезно)', { exact: true }).fill('064 555 1234');
			await page.getByLabel('Година рођења', { exact: true }).fill('2006');
			await page.getByLabel('Пол (није обавезно)', { exact: true }).selectOption({ label: 'Женски' });
			await page.getByLabel('Место становања (није обавезно)', { exact: true }).fill('Ivanjica');
			await page.getByRole('checkbox', { name: /^Пристајем да канцеларија за младе чува/ }).check();
			await page.getByRole('button', { name: 'Пошаљи пријаву', exact: true }).click();

			// The result says exactly what happened, with the entry code as a QR code.
			await expectHeading(page, 'Пријављени сте!');
			await expectNoAxeViolations(page);
			await expectNoSidewaysScroll(page);
			const main = page.getByRole('main');
			await main.getByText('Потврђено', { exact: true }).waitFor();
			await main.getByText('Имате место. Видимо се! Код за улазак покажите на вратима.', { exact: true }).waitFor();
			const qr = main.getByRole('img', { name: /^Слика кода за улазак, за скенирање на вратима: [A-Z2-9]{8}$/ });
			await qr.waitFor();
			expect(await qr.locator('svg').count()).toBe(1);
			await main.getByText('Сачувајте ову страницу: њена адреса је ваш приватни линк', { exact: false }).waitFor();

			// The private link opens the same registration, without the welcome.
			await main.getByRole('link', { name: 'Мој приватни линк за пријаву', exact: true }).click();
			await expectHeading(page, 'Моја пријава');
			await expectNoAxeViolations(page);
			expect(new URL(page.url()).search).toBe('');
			const privatePath = new URL(page.url()).pathname;
			expect(privatePath).toMatch(/^\/registrations\/[A-Za-z0-9_-]{40,}$/);
			await page.getByRole('main').getByText('Потврђено', { exact: true }).waitFor();
			await page.getByRole('heading', { name: 'Откажите пријаву', exact: true }).waitFor();

			// Signing up again with the same address is refused, with what was typed kept.
			await visit(page, `${base}/events/kurs-video-montaze/register`);
			await page.getByLabel('Име и презиме', { exact: true }).fill('Teodora Ilić');
			await page.getByLabel('Е-пошта (није обавезно)', { exact: true }).fill('TEODORA.ILIC@example.rs');
			await page.getByLabel('Година рођења', { exact: true }).fill('2006');
			await page.getByRole('checkbox', { name: /^Пристајем да канцеларија за младе чува/ }).check();
			await page.getByRole('button', { name: 'Пошаљи пријаву', exact: true }).click();
			await page.getByRole('alert').filter({ hasText: 'Већ сте пријављени за овај догађај' }).waitFor();
			await expectNoAxeViolations(page);
			expect(await page.getByLabel('Име и презиме', { exact: true }).inputValue()).toBe('Teodora Ilić');

			// The same page in Latin and English reads in the visitor's language.
			await visit(page, `${base}/lat${privatePath}`);
			await expectHeading(page, 'Moja prijava');
			await visit(page, `${base}/en${privatePath}`);
			await expectHeading(page, 'My registration');
			await expectPath(page, `/en${privatePath}`);
			await notice(page, 'Confirmed').waitFor();
		});
	});
});
