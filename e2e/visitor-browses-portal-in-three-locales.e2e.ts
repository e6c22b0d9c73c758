import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations, launchBrowser, newContext } from './support/browser.ts';
import { closing, expectHeading, expectPath, openMenu, type Prefix } from './support/journey.ts';

const base = inject('demoUrl');
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

interface LocaleTour {
	name: string;
	prefix: Prefix;
	lang: string;
	officeName: string;
	navigation: string;
	home: string;
	pages: { slug: string; title: string }[];
	signIn: { link: string; title: string };
	signUp: { link: string; title: string };
	forgot: { link: string; title: string };
	notFound: { title: string; goHome: string };
}

const TOURS: LocaleTour[] = [
	{
		name: 'Cyrillic',
		prefix: '',
		lang: 'sr-Cyrl',
		officeName: 'Канцеларија за младе општине Ивањица',
		navigation: 'Главна навигација',
		home: 'Почетна',
		pages: [
			{ slug: 'o-nama', title: 'О канцеларији' },
			{ slug: 'programi', title: 'Шта радимо' },
			{ slug: 'zastita-podataka', title: 'Заштита података о личности' }
		],
		signIn: { link: 'Пријава', title: 'Пријава' },
		signUp: { link: 'Направи налог', title: 'Направите налог' },
		forgot: { link: 'Заборавили сте лозинку?', title: 'Нова лозинка' },
		notFound: { title: 'Страница није пронађена', goHome: 'Иди на почетну страну' }
	},
	{
		name: 'Latin',
		prefix: '/lat',
		lang: 'sr-Latn',
		officeName: 'Kancelarija za mlade opštine Ivanjica',
		navigation: 'Glavna navigacija',
		home: 'Početna',
		pages: [
			{ slug: 'o-nama', title: 'O kancelariji' },
			{ slug: 'programi', title: 'Šta radimo' },
			{ slug: 'zastita-podataka', title: 'Zaštita podataka o ličnosti' }
		],
		signIn: { link: 'Prijava', title: 'Prijava' },
		signUp: { link: 'Napravi nalog', title: 'Napravite nalog' },
		forgot: { link: 'Zaboravili ste lozinku?', title: 'Nova lozinka' },
		notFound: { title: 'Stranica nije pronađena', goHome: 'Idi na početnu stranu' }
	},
	{
		name: 'English',
		prefix: '/en',
		lang: 'en',
		// English readers see the office's English name (an office without one shows its name in Latin).
		officeName: 'Youth Office of the Municipality of Ivanjica',
		navigation: 'Main navigation',
		home: 'Home',
		pages: [
			{ slug: 'o-nama', title: 'About the office' },
			{ slug: 'programi', title: 'What we do' },
			{ slug: 'zastita-podataka', title: 'Personal data protection' }
		],
		signIn: { link: 'Sign in', title: 'Sign in' },
		signUp: { link: 'Create account', title: 'Create an account' },
		forgot: { link: 'Forgot your password?', title: 'Reset your password' },
		notFound: { title: 'Page not found', goHome: 'Go to the home page' }
	}
];

/** What a reader checks on every page: the right heading and language, nothing cut off on a narrow phone, and axe. */
async function expectReadablePage(page: Page, tour: LocaleTour, heading: string): Promise<void> {
	await expectHeading(page, heading);
	expect(await page.getAttribute('html', 'lang'), page.url()).toBe(tour.lang);
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow, `${page.url()} scrolls sideways on a 320 px phone`).toBeLessThanOrEqual(0);
	await expectNoAxeViolations(page);
}

describe('visitor-browses-portal-in-three-locales', () => {
	for (const tour of TOURS) {
		it(`reads every public page in ${tour.name} on a 320 px phone without JavaScript`, async () => {
			await closing(await newContext(browser, { phone: true, javaScript: false }), async (context) => {
				const page = await context.newPage();
				const response = await page.goto(`${base}${tour.prefix || '/'}`);
				expect(response?.status()).toBe(200);
				await expectReadablePage(page, tour, tour.officeName);
				const navigation = page.getByRole('navigation', { name: tour.navigation, exact: true });

				// Every page in the main navigation, reached by its link and named in the reader's language.
				for (const target of tour.pages) {
					await (await openMenu(navigation)).getByRole('link', { name: target.title, exact: true }).click();
					await expectPath(page, `${tour.prefix}/pages/${target.slug}`);
					await expectReadablePage(page, tour, target.title);
					const current = (await openMenu(navigation)).getByRole('link', { name: target.title, exact: true });
					expect(await current.getAttribute('aria-current')).toBe('page');
				}
				await (await openMenu(navigation)).getByRole('link', { name: tour.home, exact: true }).click();
				await expectPath(page, tour.prefix || '/');
				await expectReadablePage(page, tour, tour.officeName);

				// The account pages, from the header and the sign-in form.
				const header = page.getByRole('banner');
				await header.getByRole('link', { name: tour.signIn.link, exact: true }).click();
				await expectPath(page, `${tour.prefix}/sign-in`);
				await expectReadablePage(page, tour, tour.signIn.title);
				await page.getByRole('main').getByRole('link', { name: tour.forgot.link, exact: true }).click();
				await expectPath(page, `${tour.prefix}/forgot-password`);
				await expectReadablePage(page, tour, tour.forgot.title);
				await header.getByRole('link', { name: tour.signUp.link, exact: true }).click();
				await expectPath(page, `${tour.prefix}/sign-up`);
				await expectReadablePage(page, tour, tour.signUp.title);

				// A mistyped address and a page that does not exist get a friendly 404 in the same language.
				for (const missing of ['/nema-ove-stranice', '/pages/nepostojeca-strana']) {
					const notFound = await page.goto(`${base}${tour.prefix}${missing}`);
					expect(notFound?.status(), missing).toBe(404);
					await expectReadablePage(page, tour, tour.notFound.title);
					const home = page.getByRole('main').getByRole('link', { name: tour.notFound.goHome, exact: true });
					expect(await home.getAttribute('href')).toBe(tour.prefix || '/');
				}
			});
		});
	}
});
