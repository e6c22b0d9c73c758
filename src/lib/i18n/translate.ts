import { toLatin } from './script.ts';
import { intlLocale, type Locale } from './locale.ts';
import { numberFormat, pluralRules as cachedPluralRules } from './formatters.ts';

/**
 * A message with plural forms, chosen by Intl.PluralRules (Serbian has one, few and other) from the
 * `count` parameter, or from the parameter named by `by` ("до {max} година": by 'max').
 */
export type PluralMessage = { one: string; few?: string; other: string; by?: string };
export type Message = string | PluralMessage;
/** Every message is written in Cyrillic and English together, so no locale can miss a key. */
export type MessageDefinitions = Record<string, readonly [cyrillic: Message, english: Message]>;
export type Catalogue = Record<Locale, Record<string, Message>>;
export type MessageParams = Record<string, string | number>;

function latinOf(message: Message): Message {
	if (typeof message === 'string') return toLatin(message);
	return {
		one: toLatin(message.one),
		few: message.few && toLatin(message.few),
		other: toLatin(message.other),
		...(message.by ? { by: message.by } : {})
	};
}

/** Builds the three catalogues; the Latin one is derived from Cyrillic and never written by hand. */
export function buildCatalogue(definitions: MessageDefinitions): Catalogue {
	const catalogue: Catalogue = { 'sr-Cyrl': {}, 'sr-Latn': {}, en: {} };
	for (const [key, [cyrillic, english]] of Object.entries(definitions)) {
		catalogue['sr-Cyrl'][key] = cyrillic;
		catalogue['sr-Latn'][key] = latinOf(cyrillic);
		catalogue.en[key] = english;
	}
	return catalogue;
}

/** A count or an amount in the locale's digits, grouped by thousands. */
export function formatNumberFor(locale: Locale, value: number): string {
	return numberFormat(intlLocale(locale)).format(value);
}

/** A year (or a mean of years, to one decimal): never grouped, so 2005 is not "2.005". */
export function formatYearFor(locale: Locale, value: number): string {
	return numberFormat(intlLocale(locale), { useGrouping: false, maximumFractionDigits: 1 }).format(value);
}

/** A placeholder whose name says it holds a year ({year}, {birthYear}, {fromYear}). */
export function isYearPlaceholder(name: string): boolean {
	return /(^y|Y)ear$/.test(name);
}

function interpolate(text: string, params: MessageParams | undefined, locale: Locale): string {
	if (!params) return text;
	return text.replace(/\{(\w+)\}(\.?)/g, (whole, name: string, fullStop: string) => {
		const value = params[name];
		if (value === undefined) return whole;
		const shown =
			typeof value === 'number'
				? isYearPlaceholder(name)
					? formatYearFor(locale, value)
					: formatNumberFor(locale, value)
				: value;
		// A Serbian date ends with its own full stop ("6. децембар 2026."): a sentence ending
		// right after it gets one, not two.
		return fullStop && shown.endsWith('.') ? shown : shown + fullStop;
	});
}

/** Picks and fills one message; unknown keys come back as the key itself so a gap is visible, not fatal. */
export function translate(catalogue: Catalogue, locale: Locale, key: string, params?: MessageParams): string {
	const message = catalogue[locale][key];
	if (message === undefined) return key;
	if (typeof message === 'string') return interpolate(message, params, locale);
	const count = Number(params?.[message.by ?? 'count'] ?? 0);
	const category = cachedPluralRules(intlLocale(locale)).select(count);
	const text = category === 'one' ? message.one : category === 'few' ? (message.few ?? message.other) : message.other;
	return interpolate(text, params, locale);
}
