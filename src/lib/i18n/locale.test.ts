import { describe, expect, it } from 'vitest';
import {
	DEFAULT_LOCALE,
	LOCALES,
	intlLocale,
	isLocale,
	localeFromPath,
	localizePath,
	scriptForLocale,
	stripLocale
} from './locale.ts';

describe('localeFromPath', () => {
	it.each([
		['/', 'sr-Cyrl'],
		['/sign-in', 'sr-Cyrl'],
		['/admin/users/new', 'sr-Cyrl'],
		['/lat', 'sr-Latn'],
		['/lat/', 'sr-Latn'],
		['/lat/sign-in', 'sr-Latn'],
		['/lat/pages/o-nama', 'sr-Latn'],
		['/en', 'en'],
		['/en/', 'en'],
		['/en/admin/settings', 'en'],
		// A path that merely begins with the prefix letters is not in that locale.
		['/latest', 'sr-Cyrl'],
		['/lateral/x', 'sr-Cyrl'],
		['/english', 'sr-Cyrl'],
		['/enroll/en', 'sr-Cyrl'],
		// The prefix must come first.
		['/pages/en', 'sr-Cyrl'],
		['/pages/lat/x', 'sr-Cyrl']
	])('%s is %s', (path, locale) => {
		expect(localeFromPath(path)).toBe(locale);
	});

	it('treats Serbian Cyrillic as the default locale', () => {
		expect(DEFAULT_LOCALE).toBe('sr-Cyrl');
	});
});

describe('stripLocale', () => {
	it.each([
		['/', '/'],
		['/sign-in', '/sign-in'],
		['/lat', '/'],
		['/lat/', '/'],
		['/lat/sign-in', '/sign-in'],
		['/en', '/'],
		['/en/', '/'],
		['/en/admin/users/42', '/admin/users/42'],
		['/latest', '/latest'],
		['/english/page', '/english/page'],
		// Only one prefix is removed: /en/lat is the English version of a route called /lat.
		['/en/lat/x', '/lat/x']
	])('%s → %s', (path, stripped) => {
		expect(stripLocale(path)).toBe(stripped);
	});
});

describe('localizePath', () => {
	it.each([
		['/sign-in', 'sr-Cyrl', '/sign-in'],
		['/sign-in', 'sr-Latn', '/lat/sign-in'],
		['/sign-in', 'en', '/en/sign-in'],
		['/', 'sr-Cyrl', '/'],
		// The root of a prefixed locale is the bare prefix.
		['/', 'sr-Latn', '/lat'],
		['/', 'en', '/en'],
		// Paths that already carry a prefix are moved to the other locale, not prefixed twice.
		['/en/sign-in', 'sr-Latn', '/lat/sign-in'],
		['/lat/sign-in', 'en', '/en/sign-in'],
		['/lat/sign-in', 'sr-Cyrl', '/sign-in'],
		['/en', 'sr-Cyrl', '/'],
		['/en', 'en', '/en'],
		['/en/', 'sr-Latn', '/lat'],
		['/lat/', 'sr-Cyrl', '/'],
		['/latest', 'en', '/en/latest']
	] as const)('%s in %s is %s', (path, locale, localized) => {
		expect(localizePath(path, locale)).toBe(localized);
	});

	it.each([
		['/sign-in?next=/admin', 'en', '/en/sign-in?next=/admin'],
		['/en/sign-in?next=/admin#form', 'sr-Cyrl', '/sign-in?next=/admin#form'],
		['/lat/pages/o-nama#kontakt', 'en', '/en/pages/o-nama#kontakt'],
		['/admin/users?search=ana&role=staff&page=2', 'sr-Latn', '/lat/admin/users?search=ana&role=staff&page=2'],
		// The query string is kept as it is, even when it holds something that looks like a prefix.
		['/a?next=/en/b', 'sr-Latn', '/lat/a?next=/en/b'],
		['/a#/lat/b', 'en', '/en/a#/lat/b']
	] as const)('keeps the query string and fragment: %s in %s is %s', (path, locale, localized) => {
		expect(localizePath(path, locale)).toBe(localized);
	});

	it.each([
		['?page=2', 'sr-Cyrl', '/?page=2'],
		['?page=2', 'en', '/en?page=2'],
		['#top', 'sr-Latn', '/lat#top'],
		['', 'en', '/en'],
		['/?next=/admin', 'sr-Latn', '/lat?next=/admin']
	] as const)('treats a path with no pathname as the root: %j in %s is %s', (path, locale, localized) => {
		expect(localizePath(path, locale)).toBe(localized);
	});

	it('round-trips: the localized path is in the locale asked for and strips back to the route', () => {
		const routes = ['/', '/sign-in', '/admin/users/new', '/pages/latest', '/en-route'];
		for (const route of routes) {
			for (const locale of LOCALES) {
				const localized = localizePath(route, locale);
				expect(localeFromPath(localized), `${route} in ${locale}`).toBe(locale);
				expect(stripLocale(localized), `${route} in ${locale}`).toBe(route);
				for (const other of LOCALES) expect(localizePath(localized, other)).toBe(localizePath(route, other));
			}
		}
	});
});

describe('isLocale', () => {
	it.each(['sr-Cyrl', 'sr-Latn', 'en'])('accepts %s', (value) => {
		expect(isLocale(value)).toBe(true);
	});

	it.each(['sr', 'sr-cyrl', 'EN', 'en-GB', 'de', '', ' en', undefined, null, 42, ['en'], { locale: 'en' }])(
		'refuses %j',
		(value) => {
			expect(isLocale(value)).toBe(false);
		}
	);
});

describe('scriptForLocale and intlLocale', () => {
	it('shows Serbian content in Cyrillic only to Cyrillic readers', () => {
		expect(scriptForLocale('sr-Cyrl')).toBe('cyrl');
		expect(scriptForLocale('sr-Latn')).toBe('latn');
		expect(scriptForLocale('en')).toBe('latn');
	});

	it('formats English with British conventions (day before month)', () => {
		expect(intlLocale('en')).toBe('en-GB');
		expect(intlLocale('sr-Cyrl')).toBe('sr-Cyrl');
		expect(intlLocale('sr-Latn')).toBe('sr-Latn');
	});
});
