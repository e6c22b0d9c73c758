import { catalogue, type MessageKey } from '../modules/messages.ts';
import { intlLocale, localizePath, scriptForLocale, type Locale } from './locale.ts';
import { convertHtmlText, toScript } from './script.ts';
import type { SerbianText } from './language.ts';
import { formatNumberFor, formatYearFor, translate, type MessageParams } from './translate.ts';
import { dateTimeFormat } from './formatters.ts';

export type { MessageKey };
export type { EnglishText, SerbianText } from './language.ts';
export { LOCALES, DEFAULT_LOCALE, isLocale, localizePath, type Locale } from './locale.ts';

/** Everything a page needs to speak the reader's language and script. */
export interface I18n {
	locale: Locale;
	/** A UI message by key, with {placeholders} and plural forms filled in. */
	t: (key: MessageKey, params?: MessageParams) => string;
	/** A message that may carry parameters after '|' (how form errors travel from the server). */
	tEncoded: (encoded: string) => string;
	/** A path in the reader's locale. */
	href: (path: string) => string;
	/** Staff-typed Serbian text shown in the reader's script. */
	text: (content: SerbianText | null | undefined) => string;
	/**
	 * Staff-typed text of a known language: Serbian in the reader's script, anything else exactly as
	 * typed (English must never pass through toCyrillic: "Young people" is not "Јоунг пеопле").
	 */
	textIn: (content: string | null | undefined, language: ContentLanguage) => string;
	/** Staff-written rich text (already sanitised HTML) with its text nodes in the reader's script. */
	html: (content: SerbianText | null | undefined) => string;
	formatDate: (date: Date | string, options?: Intl.DateTimeFormatOptions) => string;
	/** A count or an amount, grouped by thousands ("1.234"). Never a year: see formatYear. */
	formatNumber: (value: number) => string;
	/** A year, or a mean of years: never grouped ("2005", "2005,4"). */
	formatYear: (value: number) => string;
}

/** The language a stored text is written in: Serbian (either script), English, or another. */
export type ContentLanguage = 'sr' | 'en' | 'other';

/** The language of a field by the house naming rule: `titleEn`, `descriptionEn` hold English. */
export function languageOfField(field: string): ContentLanguage {
	return /En$/.test(field) ? 'en' : 'sr';
}

/** Encodes a message key with parameters, e.g. for a field error sent back to a form. */
export function encodeMessage(key: MessageKey, params?: MessageParams): string {
	return params ? `${key}|${JSON.stringify(params)}` : key;
}

/** Builds the translator for one locale; `keepLatin` is the office's list of words never put in Cyrillic. */
export function createI18n(locale: Locale, keepLatin: readonly string[] = []): I18n {
	const script = scriptForLocale(locale);
	const t = (key: MessageKey, params?: MessageParams) => translate(catalogue, locale, key, params);
	return {
		locale,
		t,
		tEncoded(encoded) {
			const separator = encoded.indexOf('|');
			if (separator < 0) return translate(catalogue, locale, encoded);
			let params: MessageParams | undefined;
			try {
				params = JSON.parse(encoded.slice(separator + 1)) as MessageParams;
			} catch {
				params = undefined;
			}
			return translate(catalogue, locale, encoded.slice(0, separator), params);
		},
		href: (path) => localizePath(path, locale),
		text: (content) => (content ? toScript(content, script, { keepLatin }) : ''),
		textIn: (content, language) =>
			!content ? '' : language === 'sr' ? toScript(content, script, { keepLatin }) : content,
		html: (content) => (content ? convertHtmlText(content, script, { keepLatin }) : ''),
		formatDate: (date, options = { dateStyle: 'medium' }) =>
			dateTimeFormat(intlLocale(locale), { timeZone: 'Europe/Belgrade', ...options }).format(
				typeof date === 'string' ? new Date(date) : date
			),
		formatNumber: (value) => formatNumberFor(locale, value),
		formatYear: (value) => formatYearFor(locale, value)
	};
}
