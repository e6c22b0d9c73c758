import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import ICAL from 'ical.js';
import { expectNoAxeViolations, launchBrowser, newContext, visit } from './support/browser.ts';
import { closing, expectHeading, type Prefix } from './support/journey.ts';

// Read-only: the shared demo office is enough.
const base = inject('demoUrl');
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

interface Words {
	name: string;
	prefix: Prefix;
	title: string;
	programme: string;
	type: string;
	show: string;
	creative: string;
	course: string;
	courseTitle: string;
	cvWorkshop: string;
	calendarView: string;
	calendarTitle: string;
	nextMonth: RegExp;
	addToCalendar: string;
	allFeed: string;
	subscribe: string;
	archiveView: string;
	archiveTitle: string;
	pastEvent: string;
}

const TOURS: Words[] = [
	{
		name: 'Cyrillic',
		prefix: '',
		title: 'Догађаји',
		programme: 'Програм',
		type: 'Врста',
		show: 'Прикажи',
		creative: 'Креативно изражавање',
		course: 'Курс',
		courseTitle: 'Курс видео монтаже',
		cvWorkshop: 'Радионица: CV и мотивационо писмо',
		calendarView: 'Календар по месецима',
		calendarTitle: 'Календар догађаја',
		nextMonth: /^Следећи месец/,
		addToCalendar: 'Додај у свој календар',
		allFeed: 'Календар свих догађаја',
		subscribe: 'Претплати се у апликацији за календар',
		archiveView: 'Архива одржаних',
		archiveTitle: 'Одржани догађаји',
		pastEvent: 'Радионица фотографије телефоном'
	},
	{
		name: 'Latin',
		prefix: '/lat',
		title: 'Događaji',
		programme: 'Program',
		type: 'Vrsta',
		show: 'Prikaži',
		creative: 'Kreativno izražavanje',
		course: 'Kurs',
		courseTitle: 'Kurs video montaže',
		cvWorkshop: 'Radionica: CV i motivaciono pismo',
		calendarView: 'Kalendar po mesecima',
		calendarTitle: 'Kalendar događaja',
		nextMonth: /^Sledeći mesec/,
		addToCalendar: 'Dodaj u svoj kalendar',
		allFeed: 'Kalendar svih događaja',
		subscribe: 'Pretplati se u aplikaciji za kalendar',
		archiveView: 'Arhiva održanih',
		archiveTitle: 'Održani događaji',
		pastEvent: 'Radionica fotografije telefonom'
	},
	{
		name: 'English',
		prefix: '/en',
		title: 'Events',
		programme: 'Programme',
		type: 'Type',
		show: 'Show',
		creative: 'Creative expression',
		course: 'Course',
		courseTitle: 'Video editing course',
		cvWorkshop: 'Workshop: CV and cover letter',
		calendarView: 'Monthly calendar',
		calendarTitle: 'Events calendar',
		nextMonth: /^Next month/,
		addToCalendar: 'Add to your calendar (.ics)',
		allFeed: 'Calendar of all events (iCal)',
		subscribe: 'Subscribe in your calendar app',
		archiveView: 'Archive of past events',
		archiveTitle: 'Past events',
		pastEvent: 'Phone photography workshop'
	}
];

/** Nothing sticks out sideways on a 320 px phone. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
}

/** The events of an iCalendar document, read by a real parser. */
async function readCalendar(url: string): Promise<ICAL.Event[]> {
	const response = await fetch(url);
	expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
	const calendar = new ICAL.Component(ICAL.parse(await response.text()));
	return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

describe('visitor-browses-events-calendar', () => {
	for (const words of TOURS) {
		it(`lists, filters, pages through the calendar, opens an event and finds the feeds on a phone without JavaScript (${words.name})`, async () => {
			await closing(await newContext(browser, { phone: true, javaScript: false }), async (context) => {
				const page = await context.newPage();
				const main = page.getByRole('main');

				// The list, filtered with a plain form.
				await visit(page, `${base}${words.prefix}/events`);
				await expectHeading(page, words.title);
				await expectNoSidewaysScroll(page);
				await page.getByLabel(words.programme, { exact: true }).selectOption({ label: words.creative });
				await page.getByLabel(words.type, { exact: true }).selectOption({ label: words.course });
				await main.getByRole('button', { name: words.show, exact: true }).click();
				await page.waitForURL((url) => url.searchParams.get('type') === 'course');
				await expectNoAxeViolations(page);
				const titles = (await main.getByRole('article').getByRole('heading').allTextContents()).map((text) =>
					text.trim()
				);
				expect(titles).toEqual([words.courseTitle]);
				expect(titles).not.toContain(words.cvWorkshop);

				// The month calendar, and the next month, where the course goes on.
				await main.getByRole('link', { name: words.calendarView, exact: true }).click();
				await expectHeading(page, words.calendarTitle);
				await expectNoAxeViolations(page);
				await expectNoSidewaysScroll(page);
				await main.getByRole('table').waitFor();
				const month = new URL(page.url()).searchParams.get('month');
				await main.getByRole('link', { name: words.nextMonth }).click();
				await page.waitForURL((url) => !!url.searchParams.get('month') && url.searchParams.get('month') !== month);
				await expectNoAxeViolations(page);
				await expectNoSidewaysScroll(page);
				const courseLinks = main.getByRole('table').getByRole('link', { name: words.courseTitle, exact: true });
				expect(await courseLinks.count()).toBeGreaterThan(0);
				await courseLinks.first().click();

				// The event page: eight meetings, a calendar download with all of them.
				await expectHeading(page, words.courseTitle);
				await expectNoAxeViolations(page);
				await expectNoSidewaysScroll(page);
				const download = main.getByRole('link', { name: words.addToCalendar, exact: true });
				const meetings = await readCalendar(new URL((await download.getAttribute('href'))!, base).toString());
				expect(meetings).toHaveLength(8);
				expect(meetings.every((meeting) => meeting.summary === words.courseTitle)).toBe(true);

				// The archive of past events.
				await visit(page, `${base}${words.prefix}/events`);
				await main.getByRole('link', { name: words.archiveView, exact: true }).click();
				await expectHeading(page, words.archiveTitle);
				await expectNoAxeViolations(page);
				await main.getByRole('link', { name: words.pastEvent, exact: true }).waitFor();

				// The feeds: linked visibly, with a webcal: address for calendar apps; drafts never in them.
				await visit(page, `${base}${words.prefix}/events`);
				const feed = main.getByRole('link', { name: words.allFeed, exact: true });
				const feedUrl = new URL((await feed.getAttribute('href'))!, base).toString();
				expect(feedUrl).toBe(`${base}${words.prefix}/events/calendar.ics`);
				const webcal = await main.getByRole('link', { name: words.subscribe }).first().getAttribute('href');
				expect(webcal).toBe(feedUrl.replace(/^http:/, 'webcal:'));
				const entries = await readCalendar(feedUrl);
				const summaries = entries.map((entry) => entry.summary);
				expect(summaries).toContain(words.courseTitle);
				expect(summaries.some((summary) => /Голији|Goliji|Golija/.test(summary))).toBe(false);
				const cancelled = entries.filter((entry) => entry.component.getFirstPropertyValue('status') === 'CANCELLED');
				expect(cancelled.length).toBeGreaterThan(0);
			});
		});
	}
});
