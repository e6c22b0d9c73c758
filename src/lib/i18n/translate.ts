import { toLatin } from './script.ts';
import { intlLocale, type Locale } from './locale.ts';

/** A message with plural forms, chosen by Intl.PluralRules (Serbian has one, few and other). */
export type PluralMessage = { one: string; few?: string; other: string };
export type Message = string | PluralMessage;
/** Every message is written in Cyrillic and English together, so no locale can miss a key. */
export type MessageDefinitions = Record<string, readonly [cyrillic: Message, english: Message]>;
export type Catalogue = Record<Locale, Record<string, Message>>;
export type MessageParams = Record<string, string | number>;

function latinOf(message: Message): Message {
	if (typeof message === 'string') return toLatin(message);
	return { one: toLatin(message.one), few: message.few && toLatin(message.few), other: toLatin(message.other) };
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

const pluralRules = new Map<Locale, Intl.PluralRules>();

function interpolate(text: string, params: MessageParams | undefined, locale: Locale): string {
	if (!params) return text;
	return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
		const value = params[name];
		if (value === undefined) return whole;
		return typeof value === 'number' ? new Intl.NumberFormat(intlLocale(locale)).format(value) : value;
	});
}

/** Picks and fills one message; unknown keys come back as the key itself so a gap is visible, not fatal. */
export function translate(catalogue: Catalogue, locale: Locale, key: string, params?: MessageParams): string {
	const message = catalogue[locale][key];
	if (message === undefined) return key;
	if (typeof message === 'string') return interpolate(message, params, locale);
	const count = Number(params?.count ?? 0);
	let rules = pluralRules.get(locale);
	if (!rules) {
		rules = new Intl.PluralRules(intlLocale(locale));
		pluralRules.set(locale, rules);
	}
	const category = rules.select(count);
	const text = category === 'one' ? message.one : category === 'few' ? (message.few ?? message.other) : message.other;
	return interpolate(text, params, locale);
}
