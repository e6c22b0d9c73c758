import { text } from 'drizzle-orm/pg-core';
import type { EnglishText } from '../../i18n/language.ts';

/** A column holding English text: its values are typed EnglishText, so no script converter takes them. */
export function englishText(name: string) {
	return text(name).$type<EnglishText>();
}
