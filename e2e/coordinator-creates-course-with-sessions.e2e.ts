import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newContext, visit } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import {
	closing,
	DEMO_PASSWORD,
	expectFieldError,
	expectHeading,
	expectPath,
	notice,
	signIn
} from './support/journey.ts';
import { belgradeToInstant, instantToBelgrade } from '../src/lib/i18n/office-time.ts';

// Events are created here, so this journey gets its own office.
let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
	[server, browser] = await Promise.all([startServer({ demo: true }), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

const DAY = 24 * 60 * 60 * 1000;
const plusDays = (date: string, days: number) =>
	instantToBelgrade(new Date(belgradeToInstant(date, '12:00').getTime() + days * DAY)).date;

/** A meeting row of the event form. */
const sessionRow = (page: Page, number: number) => page.getByRole('group', { name: `Термин ${number}`, exact: true });

describe('coordinator-creates-course-with-sessions', () => {
	it('creates a course of four weekly meetings with a question, publishes it, moves a meeting, and visitors find it in Cyrillic and Latin', async () => {
		const base = server.url;
		const first = instantToBelgrade(new Date(Date.now() + 10 * DAY)).date;
		const dates = [0, 7, 14, 21].map((days) => plusDays(first, days));
		let eventPath = '';

		await closing(await newContext(browser), async (context) => {
			const page = await context.newPage();
			await signIn(page, base, 'koordinator@demo.kzm.test', DEMO_PASSWORD);

			// A new programme with its colour, to sort the office's photography courses under.
			await page
				.getByRole('navigation', { name: 'Навигација управљања', exact: true })
				.getByRole('link', { name: 'Програми', exact: true })
				.click();
			await expectHeading(page, 'Програми');
			await expectNoAxeViolations(page);
			await page.getByRole('link', { name: 'Нови програм', exact: true }).click();
			await expectHeading(page, 'Нови програм');
			await expectNoAxeViolations(page);
			await page.getByLabel('Назив', { exact: true }).fill('Fotografija i film');
			await page.getByLabel('Назив на енглеском (није обавезно)', { exact: true }).fill('Photography and film');
			await page.getByLabel('Боја', { exact: true }).fill('#7c3aed');
			await page.getByRole('button', { name: 'Сачувај', exact: true }).click();
			await notice(page, 'Програм је сачуван.').waitFor();
			await expectHeading(page, 'Програми');
			await expectNoAxeViolations(page);
			await page.getByRole('row').filter({ hasText: 'Фотографија и филм' }).waitFor();
			await page
				.getByRole('navigation', { name: 'Навигација управљања', exact: true })
				.getByRole('link', { name: 'Догађаји', exact: true })
				.click();
			await expectPath(page, '/admin/events');
			await expectHeading(page, 'Догађаји');
			await expectNoAxeViolations(page);
			await page.getByRole('link', { name: 'Нови догађај', exact: true }).click();
			await expectHeading(page, 'Нови догађај');
			await expectNoAxeViolations(page);

			await page.getByLabel('Врста догађаја', { exact: true }).selectOption({ label: 'Курс' });
			await page.getByLabel('Програм (није обавезно)', { exact: true }).selectOption({ label: 'Фотографија и филм' });
			await page.getByLabel('Назив на енглеском (није обавезно)', { exact: true }).fill('Photography for beginners');
			await page
				.getByLabel('Кратак опис (није обавезно)', { exact: true })
				.fill('Četiri susreta o svetlu, kadru i obradi fotografija telefonom.');

			// The first meeting, then three more week after week with one button.
			const firstRow = sessionRow(page, 1);
			await firstRow.getByLabel('Датум', { exact: true }).fill(dates[0]);
			await firstRow.getByLabel('Од', { exact: true }).fill('18:00');
			await firstRow.getByLabel('До', { exact: true }).fill('20:00');
			await firstRow.getByLabel('Тема (није обавезно)', { exact: true }).fill('Svetlo i kadar');
			await page.getByLabel('Колико пута још', { exact: true }).fill('3');
			await page.getByRole('button', { name: 'Понови последњи термин сваке недеље', exact: true }).click();
			await sessionRow(page, 4).waitFor();
			await expectNoAxeViolations(page);
			// What was chosen before the rows were added stays chosen.
			expect(await page.getByLabel('Врста догађаја', { exact: true }).inputValue()).toBe('course');
			for (const [index, date] of dates.entries()) {
				expect(
					await sessionRow(page, index + 1)
						.getByLabel('Датум', { exact: true })
						.inputValue()
				).toBe(date);
				expect(
					await sessionRow(page, index + 1)
						.getByLabel('Од', { exact: true })
						.inputValue()
				).toBe('18:00');
			}

			// An extra yes/no question, required.
			const question = page.getByRole('group', { name: 'Питање 1', exact: true });
			await question.getByLabel('Питање', { exact: true }).fill('Imam svoj telefon sa kamerom');
			await question
				.getByLabel('Питање на енглеском (није обавезно)', { exact: true })
				.fill('I have a phone with a camera');
			await question.getByLabel('Врста одговора', { exact: true }).selectOption({ label: 'Да или не' });
			await question.getByLabel('Одговор је обавезан', { exact: true }).check();
			await page.getByLabel('Број места (није обавезно)', { exact: true }).fill('12');

			// Saved without a title: the form says so and keeps every meeting typed.
			await page.getByRole('button', { name: 'Сачувај', exact: true }).click();
			await page.getByRole('alert').filter({ hasText: 'Образац није сачуван.' }).waitFor();
			await expectNoAxeViolations(page);
			const title = page.getByLabel('Назив', { exact: true });
			await expectFieldError(title, 'Ово поље је обавезно.');
			expect(await sessionRow(page, 4).getByLabel('Датум', { exact: true }).inputValue()).toBe(dates[3]);
			expect(await question.getByLabel('Питање', { exact: true }).inputValue()).toBe('Imam svoj telefon sa kamerom');

			await title.fill('Kurs fotografije za početnike');
			await page.getByRole('button', { name: 'Сачувај', exact: true }).click();
			await notice(page, 'Догађај је сачуван.').waitFor();
			await expectHeading(page, 'Измена догађаја');
			await expectNoAxeViolations(page);
			eventPath = new URL(page.url()).pathname;
			expect(await sessionRow(page, 4).getByLabel('Датум', { exact: true }).inputValue()).toBe(dates[3]);
			expect(await page.getByLabel('Врста догађаја', { exact: true }).inputValue()).toBe('course');
			const savedQuestion = page.getByRole('group', { name: 'Питање 1', exact: true });
			expect(await savedQuestion.getByLabel('Врста одговора', { exact: true }).inputValue()).toBe('yes_no');
			expect(await savedQuestion.getByLabel('Одговор је обавезан', { exact: true }).isChecked()).toBe(true);
			// The event's tabs lead to its registrations, check-in and results.
			const tabs = page.getByRole('navigation', { name: 'Делови догађаја', exact: true });
			expect(await tabs.getByRole('link', { name: 'Пријаве', exact: true }).getAttribute('href')).toBe(
				`${eventPath}/registrations`
			);

			await page.getByRole('button', { name: 'Објави догађај', exact: true }).click();
			await notice(page, 'Догађај је објављен на порталу.').waitFor();
			await expectNoAxeViolations(page);

			// Now public, moving a meeting tells the registered people, and the form warns about it.
			await page
				.getByText('Догађај је објављен: ако промените датум или време неког термина', { exact: false })
				.waitFor();
			await sessionRow(page, 4).getByLabel('До', { exact: true }).fill('20:30');
			await page.getByRole('button', { name: 'Сачувај', exact: true }).click();
			await notice(page, 'Промене су сачуване. Термини су померени, па пријављени добијају обавештење.').waitFor();
			await expectNoAxeViolations(page);

			// The course carries out a measure of the adopted action plan: the plan shows it as evidence.
			const planLinks = page.getByRole('group', {
				name: 'Које мере и активности плана овај догађај спроводи?',
				exact: true
			});
			await planLinks
				.getByRole('checkbox', { name: 'Радионице писања радне биографије и припреме за разговор за посао' })
				.check();
			await page.getByRole('button', { name: 'Сачувај везе са планом', exact: true }).click();
			await notice(page, 'Везе са акционим планом су сачуване.').waitFor();
			expect(
				await planLinks
					.getByRole('checkbox', { name: 'Радионице писања радне биографије и припреме за разговор за посао' })
					.isChecked()
			).toBe(true);
			await expectNoAxeViolations(page);
		});

		await closing(await newContext(browser, { javaScript: false }), async (context) => {
			const page = await context.newPage();
			await visit(page, `${base}/events`);
			await expectHeading(page, 'Догађаји');
			await page.getByLabel('Програм', { exact: true }).selectOption({ label: 'Фотографија и филм' });
			await page.getByLabel('Врста', { exact: true }).selectOption({ label: 'Курс' });
			await page.getByRole('button', { name: 'Прикажи', exact: true }).click();
			await page.waitForURL((url) => url.searchParams.get('type') === 'course');
			await expectNoAxeViolations(page);
			const card = page.getByRole('article').filter({ hasText: 'Курс фотографије за почетнике' });
			await card.getByText('Још 12 слободних места', { exact: true }).waitFor();
			await card.getByText('4 термина', { exact: false }).waitFor();
			await card.getByRole('link', { name: 'Курс фотографије за почетнике', exact: true }).click();
			await expectHeading(page, 'Курс фотографије за почетнике');
			await expectNoAxeViolations(page);
			const main = page.getByRole('main');
			const meetings = main.getByRole('region', { name: 'Термини', exact: true }).getByRole('listitem');
			expect(await meetings.count()).toBe(4);
			expect(await meetings.first().textContent()).toContain('Светло и кадар');
			expect(await meetings.last().textContent()).toContain('18:00–20:30');
			expect(await main.getByRole('link', { name: 'Пријави се', exact: true }).getAttribute('href')).toMatch(
				/^\/events\/kurs-fotografije-za-pocetnike\/register$/
			);
			const structured = JSON.parse(
				(await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}'
			) as { subEvent?: unknown[] } & Record<string, unknown>;
			expect(structured).toMatchObject({
				'@type': 'Event',
				name: 'Курс фотографије за почетнике',
				eventStatus: 'https://schema.org/EventScheduled',
				eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
				remainingAttendeeCapacity: 12,
				startDate: belgradeToInstant(dates[0], '18:00').toISOString()
			});
			expect(structured.subEvent).toHaveLength(4);

			// In Latin, as it was typed; in English with the English title.
			await visit(page, `${base}/lat/events/kurs-fotografije-za-pocetnike`);
			await expectHeading(page, 'Kurs fotografije za početnike');
			await page.getByRole('main').getByText('Svetlo i kadar', { exact: false }).waitFor();
			await visit(page, `${base}/en/events/kurs-fotografije-za-pocetnike`);
			await expectHeading(page, 'Photography for beginners');
			// The programme's page lists the course and offers its own calendar feed.
			await page.getByRole('main').getByRole('link', { name: 'Photography and film', exact: true }).click();
			await expectHeading(page, 'Photography and film');
			await expectNoAxeViolations(page);
			await page.getByRole('main').getByRole('link', { name: 'Photography for beginners', exact: true }).waitFor();
			expect(
				await page
					.getByRole('main')
					.getByRole('link', { name: 'Calendar of “Photography and film” (iCal)', exact: true })
					.getAttribute('href')
			).toBe('/en/events/programmes/fotografija-i-film/calendar.ics');
		});

		// Later: a copy for next season, then the course is cancelled; visitors see why.
		await closing(await newContext(browser), async (context) => {
			const page = await context.newPage();
			await signIn(page, base, 'koordinator@demo.kzm.test', DEMO_PASSWORD);
			await visit(page, `${base}${eventPath}`);
			await page.getByRole('button', { name: 'Направи копију', exact: true }).click();
			await notice(page, 'Направљена је копија као нацрт. Проверите датуме термина и објавите је.').waitFor();
			await expectNoAxeViolations(page);
			expect(new URL(page.url()).pathname).not.toBe(eventPath);
			expect(await page.getByLabel('Назив', { exact: true }).inputValue()).toBe('Kurs fotografije za početnike');
			expect(await sessionRow(page, 4).getByLabel('Од', { exact: true }).inputValue()).toBe('18:00');

			await visit(page, `${base}${eventPath}`);
			const reason = page.getByLabel('Разлог отказивања', { exact: true });
			await reason.fill('Predavač je bolestan, novi termin javljamo uskoro.');
			await page.getByRole('button', { name: 'Откажи догађај', exact: true }).click();
			await page.getByText('Потврдите отказивање означавањем поља.', { exact: true }).waitFor();
			await expectFieldError(
				page.getByLabel('Да, откажи догађај и обавести пријављене', { exact: true }),
				'Потврдите отказивање означавањем поља.'
			);
			await expectNoAxeViolations(page);
			await page.getByLabel('Да, откажи догађај и обавести пријављене', { exact: true }).check();
			await page.getByRole('button', { name: 'Откажи догађај', exact: true }).click();
			await notice(page, 'Догађај је отказан, а пријављени добијају обавештење.').waitFor();
			await expectNoAxeViolations(page);

			await visit(page, `${base}/events/kurs-fotografije-za-pocetnike`);
			const main = page.getByRole('main');
			await main.getByText('Догађај је отказан.', { exact: true }).waitFor();
			await main.getByText('Разлог: Предавач је болестан, нови термин јављамо ускоро.', { exact: true }).waitFor();
			expect(await main.getByRole('link', { name: 'Пријави се', exact: true }).count()).toBe(0);
			const structured = JSON.parse(
				(await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}'
			) as Record<string, unknown>;
			expect(structured.eventStatus).toBe('https://schema.org/EventCancelled');
		});
	});
});
