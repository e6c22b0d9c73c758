// Locales and their URL prefixes. Serbian Cyrillic is the default and has no prefix.
import type { Script } from './script.ts';

export const LOCALES = ['sr-Cyrl', 'sr-Latn', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'sr-Cyrl';

const PREFIXES: Record<Locale, string> = { 'sr-Cyrl': '', 'sr-Latn': '/lat', en: '/en' };

/** Checks that a value from a cookie, form or URL is one of our locales. */
export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The locale a path is written in, from its prefix. */
export function localeFromPath(pathname: string): Locale {
	for (const locale of LOCALES) {
		const prefix = PREFIXES[locale];
		if (prefix && (pathname === prefix || pathname.startsWith(prefix + '/'))) return locale;
	}
	return DEFAULT_LOCALE;
}

/** The path without its locale prefix: the route SvelteKit should match. */
export function stripLocale(pathname: string): string {
	const prefix = PREFIXES[localeFromPath(pathname)];
	if (!prefix) return pathname;
	const rest = pathname.slice(prefix.length);
	return rest === '' ? '/' : rest;
}

/** The same path in another locale; keeps the query string and fragment. */
export function localizePath(path: string, locale: Locale): string {
	const match = /^([^?#]*)(.*)$/.exec(path);
	const pathname = stripLocale(match?.[1] || '/');
	const tail = match?.[2] ?? '';
	const prefix = PREFIXES[locale];
	if (!prefix) return pathname + tail;
	return (pathname === '/' ? prefix : prefix + pathname) + tail;
}

/** Which script Serbian content is shown in for a locale: English readers get Latin. */
export function scriptForLocale(locale: Locale): Script {
	return locale === 'sr-Cyrl' ? 'cyrl' : 'latn';
}

/** The locale tag for Intl formatters. */
export function intlLocale(locale: Locale): string {
	return locale === 'en' ? 'en-GB' : locale;
}
