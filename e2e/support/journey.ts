import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newContext } from './browser.ts';
import { startServer, type RunningServer } from './server.ts';

/**
 * The portal's main menu, opened: on a phone it is a collapsed `<details>` ("Menu"), which is tapped
 * open; on a wide screen it is always shown.
 */
export async function openMenu(navigation: Locator): Promise<Locator> {
	const summary = navigation.locator('summary');
	if ((await summary.count()) > 0 && (await summary.isVisible())) {
		const open = await navigation.locator('details').evaluate((details) => (details as HTMLDetailsElement).open);
		if (!open) await summary.click();
	}
	return navigation;
}

/** The password of every demo account. */
export const DEMO_PASSWORD = 'ivanjica-demo';

/** Locale prefixes of the portal: Cyrillic has none. */
export type Prefix = '' | '/lat' | '/en';

/** The words of the sign-in form, as each locale shows them. */
const SIGN_IN_WORDS: Record<Prefix, { email: string; password: string; submit: string }> = {
	'': { email: 'Е-пошта', password: 'Лозинка', submit: 'Пријави се' },
	'/lat': { email: 'E-pošta', password: 'Lozinka', submit: 'Prijavi se' },
	'/en': { email: 'E-mail', password: 'Password', submit: 'Sign in' }
};

/** A page's main heading; waits for it, so it also proves a navigation or an update has happened. */
export async function expectHeading(page: Page, name: string): Promise<void> {
	await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
}

/** Waits until the path (without query) is the given one. */
export async function expectPath(page: Page, pathname: string): Promise<void> {
	await page.waitForURL((url) => url.pathname === pathname);
}

/** The text a screen reader announces as a field's description (hint and error, via aria-describedby). */
export async function descriptionOf(field: Locator): Promise<string> {
	const ids = (await field.getAttribute('aria-describedby'))?.split(/\s+/).filter(Boolean) ?? [];
	const page = field.page();
	const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()));
	return texts.map((text) => text?.trim() ?? '').join(' ');
}

/** Asserts a field is marked invalid and its error is announced with it. */
export async function expectFieldError(field: Locator, message: string): Promise<void> {
	expect(await field.getAttribute('aria-invalid')).toBe('true');
	expect(await descriptionOf(field)).toContain(message);
}

/** The status or alert notice that appears after a form is handled. */
export function notice(page: Page, text: string): Locator {
	return page.getByRole('main').getByText(text, { exact: true });
}

/**
 * Signs in through the form of the given locale, checks the page it lands on with axe and returns
 * once the browser has left the sign-in page.
 */
export async function signIn(page: Page, base: string, email: string, password: string, prefix: Prefix = '') {
	const words = SIGN_IN_WORDS[prefix];
	if (new URL(page.url(), base).pathname !== `${prefix}/sign-in`) {
		await page.goto(`${base}${prefix}/sign-in`);
		await expectNoAxeViolations(page);
	}
	await page.getByLabel(words.email, { exact: true }).fill(email);
	await page.getByLabel(words.password, { exact: true }).fill(password);
	await page.getByRole('button', { name: words.submit, exact: true }).click();
	await page.waitForURL((url) => url.pathname !== `${prefix}/sign-in`);
	await expectNoAxeViolations(page);
}

const SIGN_OUT_WORDS: Record<Prefix, { button: string; done: string }> = {
	'': { button: 'Одјава', done: 'Одјављени сте.' },
	'/lat': { button: 'Odjava', done: 'Odjavljeni ste.' },
	'/en': { button: 'Sign out', done: 'You have been signed out.' }
};

/** Signs out with the header button and waits for the home page that says so. */
export async function signOut(page: Page, prefix: Prefix = ''): Promise<void> {
	const words = SIGN_OUT_WORDS[prefix];
	await page.getByRole('banner').getByRole('button', { name: words.button, exact: true }).click();
	await notice(page, words.done).waitFor();
	expect(new URL(page.url()).pathname).toBe(prefix || '/');
	await expectNoAxeViolations(page);
}

/**
 * A journey that changes the office's data gets an office of its own: a server on a copy of the demo
 * office and a browser, started before its tests and stopped after them. Read `server` and `browser`
 * inside the tests (they are set by then).
 */
export function ownDemoOffice(): { readonly server: RunningServer; readonly browser: Browser } {
	let server: RunningServer | undefined;
	let browser: Browser | undefined;
	beforeAll(async () => {
		[server, browser] = await Promise.all([startServer({ demo: true }), launchBrowser()]);
	});
	afterAll(async () => {
		await browser?.close();
		await server?.stop();
	});
	return {
		get server() {
			if (!server) throw new Error('the server starts before the tests');
			return server;
		},
		get browser() {
			if (!browser) throw new Error('the browser starts before the tests');
			return browser;
		}
	};
}

/**
 * Signs a demo account in, opens a back-office area from the dashboard's navigation and checks the page
 * it lands on (its main heading, then axe).
 */
export async function openFromDashboard(
	page: Page,
	base: string,
	options: { email: string; link: string; heading: string }
): Promise<void> {
	await signIn(page, base, options.email, DEMO_PASSWORD);
	await page.goto(`${base}/admin`);
	await page.getByRole('link', { name: options.link, exact: true }).first().click();
	await expectHeading(page, options.heading);
	await expectNoAxeViolations(page);
}

/** Closes a context even when a test fails half-way. */
export async function closing<T>(context: BrowserContext, run: (context: BrowserContext) => Promise<T>): Promise<T> {
	context.setDefaultTimeout(10_000);
	try {
		return await run(context);
	} finally {
		await context.close();
	}
}

/**
 * Reads the e-mailed link the outbox holds for an address (no mail server in the demo): an
 * administrator opens the outbox in a browser context of their own and shows the newest message to it whose
 * subject is given. Returns the first address in the message matching the path.
 */
export async function linkFromOutbox(
	browser: Browser,
	base: string,
	options: { to: string; subject: string; path: RegExp }
): Promise<string> {
	const context = await newContext(browser);
	const page = await context.newPage();
	try {
		await signIn(page, base, 'admin@demo.kzm.test', DEMO_PASSWORD);
		await page.goto(`${base}/admin/outbox`);
		const message = page
			.getByRole('listitem')
			.filter({ has: page.getByRole('heading', { name: options.subject }) })
			.filter({ hasText: options.to })
			.first();
		await message.getByText('Прикажи поруку', { exact: true }).click();
		const text = (await message.getByRole('group').locator('pre').textContent()) ?? '';
		const link = new RegExp(`https?://\\S+${options.path.source}\\S*`).exec(text)?.[0];
		expect(link, `no link in:\n${text}`).toBeTruthy();
		return link!;
	} finally {
		await context.close();
	}
}

/**
 * Opens an account through the sign-up form of the Cyrillic portal, then confirms the address with
 * the link from the outbox (read in a separate administrator's browser context), landing on the account page.
 */
export async function signUpAndConfirm(
	page: Page,
	base: string,
	browser: Browser,
	person: { name: string; email: string; password: string }
): Promise<void> {
	await page.goto(`${base}/sign-up`);
	await page.getByLabel('Име и презиме', { exact: true }).fill(person.name);
	await page.getByLabel('Е-пошта', { exact: true }).fill(person.email);
	await page.getByLabel('Лозинка', { exact: true }).fill(person.password);
	await page.getByLabel('Поновите лозинку', { exact: true }).fill(person.password);
	await page.getByRole('checkbox', { name: /^Слажем се да канцеларија чува/ }).check();
	await page.getByRole('button', { name: 'Направи налог', exact: true }).click();
	await expectHeading(page, 'Проверите пошту');
	const link = await linkFromOutbox(browser, base, {
		to: person.email,
		subject: 'потврдите адресу',
		path: /\/sign-up\/confirm\//
	});
	await page.goto(link);
	await page.getByRole('button', { name: 'Потврди и отвори налог', exact: true }).click();
	await expectPath(page, '/account');
}
