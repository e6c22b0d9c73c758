import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newContext, visit } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { closing, expectHeading, notice, signUpAndConfirm } from './support/journey.ts';

// An account and registrations are created here, so this journey gets its own office.
let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
	[server, browser] = await Promise.all([startServer({ demo: true }), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

const KEPT = /^Годину рођења \(2007\), пол и место узимамо са вашег налога/;

describe('young-person-keeps-profile-and-is-not-asked-again', () => {
	it('keeps year of birth, gender and place from a first registration, is not asked again, and can remove them', async () => {
		const base = server.url;
		await closing(await newContext(browser), async (context) => {
			const page = await context.newPage();
			await signUpAndConfirm(page, base, browser, {
				name: 'Софија Марковић',
				email: 'sofija.markovic@example.rs',
				password: 'planinski-vazduh-2026'
			});

			// The first registration asks, and offers to keep the answers on the account.
			await visit(page, `${base}/events/kurs-video-montaze/register`);
			await expectHeading(page, 'Пријава: Курс видео монтаже');
			expect(await page.getByLabel('Е-пошта (није обавезно)', { exact: true }).inputValue()).toBe(
				'sofija.markovic@example.rs'
			);
			await page.getByLabel('Година рођења', { exact: true }).fill('2007');
			await page.getByLabel('Пол (није обавезно)', { exact: true }).selectOption({ label: 'Женски' });
			await page.getByLabel('Место становања (није обавезно)', { exact: true }).fill('Ивањица');
			await page.getByRole('checkbox', { name: /^Сачувај годину рођења, пол и место на мом налогу/ }).check();
			await page.getByRole('checkbox', { name: /^Пристајем да канцеларија за младе чува/ }).check();
			await page.getByRole('button', { name: 'Пошаљи пријаву', exact: true }).click();
			await expectHeading(page, 'Пријављени сте!');
			await page.getByRole('link', { name: 'Додај у свој календар', exact: true }).waitFor();

			// The event page says so, with the status, the entry code and the way to cancel.
			await visit(page, `${base}/events/kurs-video-montaze`);
			const main = page.getByRole('main');
			await main.getByText('Пријављени сте за овај догађај.', { exact: true }).waitFor();
			await main.getByText(/^Шифра за улаз: [A-Z2-9]{8}$/).waitFor();
			await main.getByRole('link', { name: /^Моја пријава: код за скенирање, календар, отказивање/ }).waitFor();
			await main.getByRole('button', { name: 'Откажи пријаву', exact: true }).waitFor();
			await expectNoAxeViolations(page);

			// The account page holds the kept values and lists the registration with its code.
			await visit(page, `${base}/account`);
			await expectNoAxeViolations(page);
			const kept = page.getByRole('region', { name: 'Година рођења, пол и место' });
			expect(await kept.getByLabel('Година рођења', { exact: true }).inputValue()).toBe('2007');
			expect(await kept.getByLabel('Место становања (није обавезно)', { exact: true }).inputValue()).toBe('Ивањица');
			await kept.getByText(/^Чувају се уз вашу сагласност од /).waitFor();
			const mine = page.getByRole('region', { name: 'Моје пријаве' });
			// Each registration is managed right there: entry code with its QR, calendar file, cancelling.
			const course = mine
				.getByRole('listitem')
				.filter({ has: page.getByRole('heading', { name: 'Курс видео монтаже' }) });
			await course.getByText(/^Шифра за улаз: [A-Z2-9]{8}$/).waitFor();
			await course.getByRole('img', { name: /^Слика кода за улазак, за скенирање на вратима: [A-Z2-9]{8}$/ }).waitFor();
			const ics = await course.getByRole('link', { name: 'Додај у свој календар', exact: true }).getAttribute('href');
			const calendar = await page.request.get(new URL(ics!, base).href);
			expect(calendar.status()).toBe(200);
			expect(calendar.headers()['content-type']).toMatch(/^text\/calendar/);
			await course.getByRole('button', { name: 'Откажи пријаву', exact: true }).waitFor();

			// The next registration does not ask again (the talk is full: the waitlist takes them as well).
			await visit(page, `${base}/events/tribina-o-volontiranju/register`);
			await page.getByText(KEPT).waitFor();
			await expectNoAxeViolations(page);
			expect(await page.getByLabel('Година рођења', { exact: true }).count()).toBe(0);
			expect(await page.getByLabel('Пол (није обавезно)', { exact: true }).count()).toBe(0);
			await page.getByRole('checkbox', { name: /^Пристајем да канцеларија за младе чува/ }).check();
			await page.getByRole('button', { name: 'Упиши ме на листу чекања', exact: true }).click();
			await expectHeading(page, 'На листи чекања сте');

			// Cancelling the waitlisted talk from the account page: the box must be ticked first.
			await visit(page, `${base}/account`);
			const talk = mine
				.getByRole('listitem')
				.filter({ has: page.getByRole('heading', { name: 'Трибина: како почети са волонтирањем' }) });
			await talk.getByText('На листи чекања', { exact: true }).waitFor();
			await talk.getByRole('button', { name: 'Откажи пријаву', exact: true }).click();
			await talk.getByText('Означите да разумете да отказивање не може да се поништи.', { exact: true }).waitFor();
			await expectNoAxeViolations(page);
			await talk.getByRole('checkbox', { name: 'Разумем да отказивање не може да се поништи' }).check();
			await talk.getByRole('button', { name: 'Откажи пријаву', exact: true }).click();
			await notice(page, 'Пријава је отказана. Хвала што сте јавили!').waitFor();
			await talk.getByText('Отказано', { exact: true }).waitFor();
			expect(await talk.getByRole('button', { name: 'Откажи пријаву', exact: true }).count()).toBe(0);

			// Removing them from the account: the form asks again.
			await visit(page, `${base}/account`);
			await page.getByRole('button', { name: 'Обриши ове податке са налога', exact: true }).click();
			await notice(page, 'Подаци су обрисани са вашег налога.').waitFor();
			expect(await kept.getByLabel('Година рођења', { exact: true }).inputValue()).toBe('');
			await visit(page, `${base}/events/kurs-video-montaze/register`);
			await page.getByLabel('Година рођења', { exact: true }).waitFor();
			expect(await page.getByText(KEPT).count()).toBe(0);

			// Saving on the account page needs the consent box; what was typed stays.
			await visit(page, `${base}/account`);
			await kept.getByLabel('Година рођења', { exact: true }).fill('2007');
			await kept.getByRole('button', { name: 'Сачувај на налогу', exact: true }).click();
			await kept.getByText('Да бисмо сачували податке, потребна је ваша сагласност.', { exact: true }).waitFor();
			expect(await kept.getByLabel('Година рођења', { exact: true }).inputValue()).toBe('2007');
			await kept.getByRole('checkbox', { name: /^Пристајем да се ови подаци чувају/ }).check();
			await kept.getByRole('button', { name: 'Сачувај на налогу', exact: true }).click();
			await notice(page, 'Подаци су сачувани на вашем налогу.').waitFor();
			await expectNoAxeViolations(page);

			// Cancelling the course from its event page: the sign-up button is offered again.
			await visit(page, `${base}/events/kurs-video-montaze`);
			await main.getByRole('checkbox', { name: 'Разумем да отказивање не може да се поништи' }).check();
			await main.getByRole('button', { name: 'Откажи пријаву', exact: true }).click();
			await notice(page, 'Пријава је отказана. Хвала што сте јавили!').waitFor();
			expect(await main.getByText('Пријављени сте за овај догађај.', { exact: true }).count()).toBe(0);
			await main.getByRole('link', { name: 'Пријави се', exact: true }).waitFor();
			await expectNoAxeViolations(page);
		});
	}, 300_000);
});
