import type { I18n } from '../../../i18n/index.ts';

/** Staff-written text in the reader's language: the English text when there is one, else Serbian in the reader's script. */
export function localText(i18n: I18n, serbian: string | null | undefined, english: string | null | undefined): string {
	return i18n.locale === 'en' && english ? english : i18n.text(serbian);
}
