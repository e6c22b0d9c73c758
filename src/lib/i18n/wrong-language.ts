// Finds text shown in the wrong language or script: English in a Cyrillic page (as typed, or spelled
// letter by letter in Cyrillic: "Јоунг пеопле"), Cyrillic in a Latin or English page. Used by the
// crawlers over the demo office (issue 13.6) and usable on any rendered text.
import { toLatin, type Script } from './script.ts';

/**
 * Common English words that are not Serbian words in either script. Serbian words that happen to be
 * English too (on, do, to, no, plan, sport, it, april, september, november, december, pod, sin, most, put, list, dan) are left out on purpose.
 */
const ENGLISH_WORDS = new Set(
	(
		'the and of for with this that these those from your our their about young people youth office ' +
		'event events news page pages home contact training workshop council volunteer volunteering ' +
		'opportunity opportunities survey surveys results research action report city municipality ' +
		'is are was were will have has been be at in by an or not all new more read see open close ' +
		'what who when where which how why welcome join apply sign free online course courses ' +
		'hours working monday tuesday wednesday thursday friday saturday sunday closed ' +
		'january february march june july october ' +
		'change changed changes history progress budget goal goals measure activity activities ' +
		'culture health mobility education employment participation information ' +
		'please thank thanks you we they he she'
	).split(' ')
);

/** Latin-alphabet words that belong on a Cyrillic page: formats, currency codes, abbreviations readers know so. */
const LATIN_ON_CYRILLIC = new Set([
	'rsd',
	'eur',
	'pdf',
	'rss',
	'atom',
	'ical',
	'ics',
	'csv',
	'xlsx',
	'docx',
	'qr',
	'url',
	'eu',
	// The open-data page names formats, standards and licences as their owners spell them, and shows
	// a column's literal JSON values.
	'json',
	'api',
	'openapi',
	'dcat',
	'ap',
	'iso',
	'utc',
	'creative',
	'commons',
	'cc',
	'by',
	'sa',
	'true',
	'false'
]);

export interface WrongWord {
	word: string;
	reason: 'latin-in-cyrillic' | 'english-in-cyrillic' | 'cyrillic-in-latin';
}

const URL_OR_EMAIL =
	/\b(?:https?:\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[\w-]+(?:\.[\w-]+)*\.(?:rs|com|org|net|eu|lan|srb)\b\S*)/giu;
const WORD = /[\p{L}][\p{L}\p{M}'’+]*/gu;
const LATIN_LETTER = /[A-Za-zÀ-ɏ]/u;
const CYRILLIC_LETTER = /[\u0400-\u04ff]/u;
const ROMAN_NUMERAL = /^[IVXLCDM]+$/;

/** Whether a word is one of the office's "words kept in Latin" (a trailing * keeps inflected forms). */
function isKept(word: string, keepLatin: readonly string[]): boolean {
	const lower = word.toLowerCase();
	return keepLatin.some((kept) => {
		const k = kept.toLowerCase();
		if (k.endsWith('*')) return lower.startsWith(k.slice(0, -1));
		// A kept phrase ("Erasmus+", "Young Leaders") keeps each of its words.
		return k.split(/\s+/).some((part) => part === lower || part.replace(/\+$/, '') === lower.replace(/\+$/, ''));
	});
}

/**
 * Words in the wrong language or script for a page in the given script and locale. `keepLatin` is
 * the office's setting; `allowed` lists names the page may legitimately show as typed (people's
 * names in a list the reader asked for, the language switcher's "English").
 */
export function wrongLanguageWords(
	text: string,
	page: { script: Script; english: boolean },
	keepLatin: readonly string[] = [],
	allowed: readonly string[] = []
): WrongWord[] {
	const cleaned = text.replace(URL_OR_EMAIL, ' ');
	const found: WrongWord[] = [];
	for (const match of cleaned.matchAll(WORD)) {
		const word = match[0].replace(/['’+-]+$/, '');
		if (!word || allowed.includes(word)) continue;
		if (page.script === 'cyrl' && !page.english) {
			if (LATIN_LETTER.test(word)) {
				if (word.length < 2 || ROMAN_NUMERAL.test(word) || LATIN_ON_CYRILLIC.has(word.toLowerCase())) continue;
				if (isKept(word, keepLatin)) continue;
				found.push({ word, reason: 'latin-in-cyrillic' });
			} else if (CYRILLIC_LETTER.test(word) && ENGLISH_WORDS.has(toLatin(word).toLowerCase())) {
				found.push({ word, reason: 'english-in-cyrillic' });
			}
		} else if (CYRILLIC_LETTER.test(word)) {
			found.push({ word, reason: 'cyrillic-in-latin' });
		}
	}
	return found;
}
