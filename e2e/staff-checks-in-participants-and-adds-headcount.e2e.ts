import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newContext } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { closing, DEMO_PASSWORD, expectHeading, signIn } from './support/journey.ts';

// People are checked in and added here, so this journey gets its own office.
let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
	[server, browser] = await Promise.all([startServer({ demo: true }), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

/** The check-in page of the evening, found by the first journey. */
let checkInUrl = '';

/** The number shown in one of the counters at the top of the check-in page. */
async function count(page: Page, name: 'registered' | 'present' | 'walk-ins' | 'headcount'): Promise<number> {
	return Number(await page.locator(`[data-count="${name}"]`).textContent());
}

/** Waits until a counter shows the expected number (the page updates in place after each tap). */
async function expectCount(page: Page, name: 'registered' | 'present' | 'walk-ins' | 'headcount', expected: number) {
	await page.waitForFunction(([selector, value]) => document.querySelector(selector)?.textContent?.trim() === value, [
		`[data-count="${name}"]`,
		String(expected)
	] as const);
	expect(await count(page, name)).toBe(expected);
}

async function expectNoSidewaysScroll(page: Page) {
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow).toBeLessThanOrEqual(0);
}

/**
 * The focused shell: above the first "present" button come only one slim line (the office, the demo notice)
 * and the session bar; no navigation landmark (no menu, side navigation, breadcrumbs or event tabs).
 */
async function expectNothingAboveTheWork(page: Page) {
	const above = await page.evaluate(() => {
		const first = document.querySelector('.people li button');
		if (!first) return { first: false, landmarks: [], bannerHeight: 0 };
		const landmarks = [...document.querySelectorAll('nav, [role="navigation"]')]
			.filter((landmark) => landmark.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING)
			.map((landmark) => landmark.getAttribute('aria-label') ?? landmark.outerHTML.slice(0, 60));
		const banner = document.querySelector('body header:not(main header)');
		return { first: true, landmarks, bannerHeight: banner?.getBoundingClientRect().height ?? 0 };
	});
	expect(above.first, 'a "present" button is drawn').toBe(true);
	expect(above.landmarks, 'no navigation above the first "present" button').toEqual([]);
	expect(above.bannerHeight, "the shell's one slim line").toBeGreaterThan(0);
	expect(above.bannerHeight, "the shell's one slim line").toBeLessThanOrEqual(40);
	// The demo notice is there, on that same line.
	await page.getByRole('banner').getByText('Демо канцеларија, измишљен садржај', { exact: true }).waitFor();
}

describe('staff-checks-in-participants-and-adds-headcount', () => {
	it('on a phone: finds the evening through statistics, adds a walk-in, unticks and ticks by search, counts heads', async () => {
		await closing(await newContext(browser, { phone: true }), async (context) => {
			const page = await context.newPage();
			await signIn(page, server.url, 'saradnik@demo.kzm.test', DEMO_PASSWORD);

			// Statistics list today's board games evening; its results page leads to the check-in.
			await page.goto(`${server.url}/admin`);
			// On a phone the back-office navigation is folded into the shell's menu.
			await page.getByText('Мени', { exact: true }).click();
			await page
				.getByRole('navigation', { name: 'Навигација управљања', exact: true })
				.getByRole('link', { name: 'Статистика', exact: true })
				.click();
			// The office statistics open first; the events are their own tab.
			await expectHeading(page, 'Статистика канцеларије');
			await page.getByRole('link', { name: 'По догађајима', exact: true }).click();
			await expectHeading(page, 'Статистика учешћа');
			await expectNoAxeViolations(page);
			await page.getByRole('link', { name: 'Вече друштвених игара', exact: true }).click();
			await expectHeading(page, 'Резултати: Вече друштвених игара');
			await expectNoAxeViolations(page);
			await page.getByRole('link', { name: 'Евиденција присуства', exact: true }).click();
			await expectHeading(page, 'Евиденција присуства');
			expect(new URL(page.url()).pathname).toMatch(/^\/admin\/events\/[0-9a-f-]{36}\/check-in$/);
			checkInUrl = page.url();
			await expectNoAxeViolations(page);
			await expectNoSidewaysScroll(page);

			const present = await count(page, 'present');
			const walkIns = await count(page, 'walk-ins');

			// A walk-in is registered and checked in at once.
			await page.getByLabel('Име и презиме', { exact: true }).fill('Теодора Вукић');
			await page.getByLabel('Година рођења', { exact: true }).fill('2006');
			await page.getByLabel('Пол (није обавезно)', { exact: true }).selectOption({ label: 'Женски' });
			await page.getByRole('button', { name: 'Упиши и евидентирај', exact: true }).click();
			await page.getByRole('status').getByText('Теодора Вукић је уписан/а и евидентиран/а.').waitFor();
			await expectCount(page, 'present', present + 1);
			await expectCount(page, 'walk-ins', walkIns + 1);
			await expectNoAxeViolations(page);

			// A missing year of birth is explained next to the field, and the typed name stays.
			await page.getByLabel('Име и презиме', { exact: true }).fill('Без Године');
			await page.getByRole('button', { name: 'Упиши и евидентирај', exact: true }).click();
			const year = page.getByLabel('Година рођења', { exact: true });
			await page.waitForFunction(
				() => document.querySelector('#field-birthYear')?.getAttribute('aria-invalid') === 'true'
			);
			expect(await page.getByLabel('Име и презиме', { exact: true }).inputValue()).toBe('Без Године');
			expect(await year.getAttribute('aria-invalid')).toBe('true');
			await expectNoAxeViolations(page);

			// Searching in Latin finds the Cyrillic name at once; one tap unticks, one tap ticks again.
			await page.getByLabel('Потражите име', { exact: true }).fill('vukic');
			await page.waitForFunction(() => document.querySelectorAll('.people li').length === 1);
			const toggle = page.locator('.people li').filter({ hasText: 'Теодора Вукић' }).getByRole('button');
			expect((await toggle.textContent())?.replace(/\s+/g, ' ').trim()).toBe('✓ Ту је: Теодора Вукић');
			expect(await toggle.getAttribute('aria-pressed')).toBe('true');
			await toggle.click();
			await page.getByRole('status').getByText('Присуство поништено: Теодора Вукић.').waitFor();
			await expectCount(page, 'present', present);
			expect(await toggle.getAttribute('aria-pressed')).toBe('false');
			await toggle.click();
			await page.getByRole('status').getByText('Теодора Вукић је ту.').waitFor();
			await expectCount(page, 'present', present + 1);
			expect(await page.locator('.people li').count()).toBe(1);
			await expectNoAxeViolations(page);

			// Anyone who registered online and is not yet ticked gets ticked too.
			await page.getByLabel('Потражите име', { exact: true }).fill('');
			const waiting = page.locator('.people button[aria-pressed="false"]');
			if ((await waiting.count()) > 0) {
				await waiting.first().click();
				await expectCount(page, 'present', present + 2);
			}

			// A code nobody has is refused with a message next to the field.
			await page.getByLabel('Код са пријаве', { exact: true }).fill('NEPOSTOJI');
			await page.getByRole('button', { name: 'Евидентирај', exact: true }).click();
			await page.getByText('Нема пријаве са тим кодом за овај догађај.').waitFor();
			await expectNoAxeViolations(page);

			// The anonymous headcount adds up and shows at the top.
			await page.getByLabel('15–19, Женски', { exact: true }).fill('3');
			await page.getByLabel('20–24, Мушки', { exact: true }).fill('2');
			await page.getByLabel('Млади Роми и Ромкиње', { exact: true }).fill('1');
			await page.getByRole('button', { name: 'Сачувај пребројавање', exact: true }).click();
			await page.getByRole('status').getByText('Пребројавање је сачувано: 5 особа.').waitFor();
			await expectCount(page, 'headcount', 5);
			await expectNoAxeViolations(page);
			await expectNoSidewaysScroll(page);

			// After a reload (rendered on the server) the counts are what was saved.
			await page.reload();
			await expectCount(page, 'headcount', 5);
			expect(await page.getByLabel('15–19, Женски', { exact: true }).inputValue()).toBe('3');
			await expectNoAxeViolations(page);

			// The results page shows the walk-in and the headcount.
			await page.getByRole('link', { name: 'Резултати догађаја', exact: true }).click();
			await expectHeading(page, 'Резултати: Вече друштвених игара');
			await expectNoAxeViolations(page);
		});
		// Many steps, each checked with axe: more than the default on a busy two-core machine.
	}, 180_000);

	it('without JavaScript: the search is a plain GET and a tick is a plain POST', async () => {
		expect(checkInUrl).not.toBe('');
		await closing(await newContext(browser, { phone: true, javaScript: false }), async (context) => {
			const page = await context.newPage();
			await signIn(page, server.url, 'saradnik@demo.kzm.test', DEMO_PASSWORD);
			await page.goto(checkInUrl);
			await expectHeading(page, 'Евиденција присуства');
			await expectNothingAboveTheWork(page);
			await expectNoAxeViolations(page);
			const present = await count(page, 'present');
			await page.getByLabel('Потражите име', { exact: true }).fill('Вукић');
			await page.getByRole('button', { name: 'Тражи', exact: true }).click();
			await page.waitForURL((url) => url.searchParams.get('q') === 'Вукић');
			expect(await page.locator('.people li').count()).toBe(1);
			await expectNoAxeViolations(page);
			await page.locator('.people li').getByRole('button').click();
			await page.getByRole('status').getByText('Присуство поништено: Теодора Вукић.').waitFor();
			expect(await count(page, 'present')).toBe(present - 1);
			// The search is kept after the tick, so the next tap is on the same short list.
			expect(await page.locator('.people li').count()).toBe(1);
			await expectNoAxeViolations(page);
		});
	});

	it('on a 360 px phone: the list starts in the first screen, and after many taps a reload shows the same count', async () => {
		expect(checkInUrl).not.toBe('');
		await closing(await newContext(browser, { viewport: { width: 360, height: 740 } }), async (context) => {
			const page = await context.newPage();
			await signIn(page, server.url, 'saradnik@demo.kzm.test', DEMO_PASSWORD);
			// Every row of the list taken off the page, so the test sees it if the script, when it starts,
			// draws the list again instead of taking over the rows the server drew.
			await page.addInitScript(() => {
				const removed: string[] = [];
				Object.assign(window, { removedPeople: removed });
				new MutationObserver((records) => {
					for (const record of records)
						for (const node of record.removedNodes)
							if (node instanceof HTMLElement && node.matches('.people li')) removed.push(node.textContent ?? '');
				}).observe(document, { childList: true, subtree: true });
			});
			// Opened without a session in the address, as from the event's tabs.
			await page.goto(checkInUrl.split('?')[0]);
			await expectHeading(page, 'Евиденција присуства');
			// The session is put in the address, so a reload later shows this same session.
			await page.waitForURL((url) => url.searchParams.has('session'));
			// Measured as the server drew it: the script taking over later moves nothing.
			const first = await page.locator('.people li').first().getByRole('button').boundingBox();
			expect(first, 'a "present" button is drawn').not.toBeNull();
			expect(first!.y + first!.height, 'the first "present" button is in the first screen').toBeLessThanOrEqual(740);
			expect(first!.height, 'a large tap target').toBeGreaterThanOrEqual(44);
			await expectNothingAboveTheWork(page);
			await expectNoAxeViolations(page);
			await expectNoSidewaysScroll(page);

			// Many taps in a row (tick, untick, tick...) on several people, each waited for.
			const buttons = page.locator('.people li button');
			const taps = Math.min(await buttons.count(), 4);
			for (let round = 0; round < 3; round++) {
				for (let index = 0; index < taps; index++) {
					const before = await buttons.nth(index).getAttribute('aria-pressed');
					await buttons.nth(index).click();
					await page.waitForFunction(
						([position, pressed]) =>
							document.querySelectorAll('.people li button')[position]?.getAttribute('aria-pressed') !== pressed,
						[index, before] as const
					);
				}
			}
			const shown = await count(page, 'present');
			const ticked = await page.locator('.people li button[aria-pressed="true"]').count();
			expect(shown).toBe(ticked);
			// The taps updated the rows in place: no row was taken off and drawn again, not when the script
			// started and not after an answer.
			expect(await page.evaluate(() => (window as unknown as { removedPeople: string[] }).removedPeople)).toEqual([]);
			await page.reload();
			await expectHeading(page, 'Евиденција присуства');
			expect(await count(page, 'present'), 'the reload shows what was ticked').toBe(shown);
			expect(await page.locator('.people li button[aria-pressed="true"]').count()).toBe(ticked);
		});
	});
});
