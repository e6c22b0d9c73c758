import { DIGRAPH_EXCEPTIONS } from './script-exceptions.ts';
import type { SerbianText } from './language.ts';

/** The two scripts Serbian is written in. */
export type Script = 'cyrl' | 'latn';

/** Options for putting Latin text into Cyrillic. */
export interface CyrillicOptions {
	/**
	 * Words or phrases that stay in Latin, matched case-insensitively on word boundaries
	 * (e.g. 'Erasmus+', 'Instagram'). A trailing `*` also keeps the word's inflected forms:
	 * 'Facebook*' keeps *Facebooku* and *Facebooka* as well.
	 */
	keepLatin?: Iterable<string>;
}

// ---------------------------------------------------------------------------------------------
// Letter tables

const CYRILLIC_CAPITALS = 'АБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ';
// prettier-ignore
const LATIN_CAPITALS = [
	'A', 'B', 'V', 'G', 'D', 'Đ', 'E', 'Ž', 'Z', 'I', 'J', 'K', 'L', 'Lj', 'M',
	'N', 'Nj', 'O', 'P', 'R', 'S', 'T', 'Ć', 'U', 'F', 'H', 'C', 'Č', 'Dž', 'Š'
];

/** Latin for each code point U+0400–U+045F; undefined marks letters Serbian does not use. */
const CYR_TO_LAT: (string | undefined)[] = new Array<string | undefined>(0x60);
/** Cyrillic for each single Latin letter by code point (digraphs are handled by the converter). */
const LAT_TO_CYR: (string | undefined)[] = new Array<string | undefined>(0x1d0);

for (let k = 0; k < CYRILLIC_CAPITALS.length; k++) {
	const upper = CYRILLIC_CAPITALS[k];
	const lower = upper.toLowerCase();
	const latin = LATIN_CAPITALS[k];
	CYR_TO_LAT[upper.charCodeAt(0) - 0x400] = latin;
	CYR_TO_LAT[lower.charCodeAt(0) - 0x400] = latin.toLowerCase();
	if (latin.length === 1) {
		LAT_TO_CYR[latin.charCodeAt(0)] = upper;
		LAT_TO_CYR[latin.toLowerCase().charCodeAt(0)] = lower;
	}
}
// Accented ѐ and ѝ appear in careful Serbian (ѝ "her" against и "and"); both have exact Latin twins.
CYR_TO_LAT[0x00] = 'È';
CYR_TO_LAT[0x50] = 'è';
CYR_TO_LAT[0x0d] = 'Ì';
CYR_TO_LAT[0x5d] = 'ì';
// Unicode's single-code-point digraphs (from old Yugoslav encodings) are unambiguous by definition.
for (const [latin, cyrillic] of ['ǄЏ', 'ǅЏ', 'ǆџ', 'ǇЉ', 'ǈЉ', 'ǉљ', 'ǊЊ', 'ǋЊ', 'ǌњ']) {
	LAT_TO_CYR[latin.charCodeAt(0)] = cyrillic;
}

function cyrillicOf(c: number): string | undefined {
	return c < 0x1d0 ? LAT_TO_CYR[c] : undefined;
}

interface DigraphException {
	stem: string;
	/** Offsets (within the word) of the second letter of each pair that must stay two letters. */
	splits: readonly number[];
}

const NO_SPLITS: readonly number[] = [];

/** Exceptions indexed by first letter, so most words cost one failed lookup and no allocation. */
const EXCEPTIONS = new Map<number, DigraphException[]>();
for (const entry of DIGRAPH_EXCEPTIONS) {
	let stem = '';
	const splits: number[] = [];
	for (const ch of entry) {
		if (ch === '|') splits.push(stem.length);
		else stem += ch;
	}
	const key = stem.charCodeAt(0);
	const bucket = EXCEPTIONS.get(key) ?? [];
	bucket.push({ stem, splits });
	EXCEPTIONS.set(key, bucket);
}
for (const bucket of EXCEPTIONS.values()) bucket.sort((a, b) => b.stem.length - a.stem.length);

// ---------------------------------------------------------------------------------------------
// Character classes (code-unit checks: these run once per character of every rendered string)

/** Stands in for an HTML entity while a text node is converted, so the entity is never touched. */
const ENTITY_MARK = '\ue000';
/** Same, for entities that are whitespace (&nbsp;): they must still separate words. */
const SPACE_MARK = '\ue001';
const ENTITY_MARK_CODE = 0xe000;
const SPACE_MARK_CODE = 0xe001;

const OTHER_WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function isSpace(c: number): boolean {
	return (
		c === 32 ||
		(c >= 9 && c <= 13) ||
		c === 0xa0 ||
		c === 0x1680 ||
		(c >= 0x2000 && c <= 0x200b) ||
		c === 0x2028 ||
		c === 0x2029 ||
		c === 0x202f ||
		c === 0x205f ||
		c === 0x3000 ||
		c === 0xfeff ||
		c === SPACE_MARK_CODE
	);
}

function isHtmlSpace(c: number): boolean {
	return c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
}

function isDigit(c: number): boolean {
	return c >= 48 && c <= 57;
}

function isAsciiLetter(c: number): boolean {
	return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isLatinLetter(c: number): boolean {
	return isAsciiLetter(c) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff);
}

function isMark(c: number): boolean {
	return c >= 0x300 && c <= 0x36f;
}

/** Letters, digits and combining marks of any script: what a word is made of. */
function isWordChar(c: number): boolean {
	if (c < 128) return isDigit(c) || isAsciiLetter(c);
	if (isLatinLetter(c) || isMark(c) || (c >= 0x370 && c <= 0x52f)) return true;
	if (c >= 0xd800 && c <= 0xdfff) return false;
	return OTHER_WORD_CHAR.test(String.fromCharCode(c));
}

/** Hyphens and apostrophes that join two word parts into one token (B-2, COVID-19, 90-ih). */
function isConnector(c: number): boolean {
	return c === 45 || c === 39 || c === 0x2019 || c === 0x2010 || c === 0x2011;
}

/** 1 for an upper-case (or title-case) letter, -1 for lower case, 0 for anything uncased. */
function caseAt(text: string, k: number): number {
	const c = text.charCodeAt(k);
	if (c >= 65 && c <= 90) return 1;
	if (c >= 97 && c <= 122) return -1;
	if (c >= 0x400 && c <= 0x42f) return 1;
	if (c >= 0x430 && c <= 0x45f) return -1;
	if (c < 128 || Number.isNaN(c)) return 0;
	const ch = text[k];
	const lower = ch.toLowerCase();
	if (lower === ch.toUpperCase()) return 0;
	return ch === lower ? -1 : 1;
}

/** Case of the nearest character in one direction, looking through combining accents. */
function neighbourCase(text: string, k: number, step: 1 | -1): number {
	let p = k + step;
	while (p >= 0 && p < text.length && isMark(text.charCodeAt(p))) p += step;
	return p >= 0 && p < text.length ? caseAt(text, p) : 0;
}

function asciiLower(s: string): string {
	let out = '';
	for (let k = 0; k < s.length; k++) {
		const c = s.charCodeAt(k);
		out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : s[k];
	}
	return out;
}

// ---------------------------------------------------------------------------------------------
// Cyrillic → Latin

const HAS_CYRILLIC = /[\u0400-\u045f]/;

/** Exact Serbian Cyrillic → Latin; words with letters Serbian lacks (ы, я, ї…) are left alone. */
export function toLatin(text: SerbianText): string {
	if (!HAS_CYRILLIC.test(text)) return text;
	const n = text.length;
	let out = '';
	let copied = 0;
	let i = 0;
	while (i < n) {
		const c = text.charCodeAt(i);
		if (c < 0x400 || c > 0x52f) {
			i++;
			continue;
		}
		// Russian, Ukrainian or Macedonian words follow other transliteration rules; half-converting
		// them ("Юrij") would be worse than leaving them as written.
		let end = i;
		let serbian = true;
		while (end < n) {
			const d = text.charCodeAt(end);
			if (d >= 0x400 && d <= 0x52f) {
				if (d > 0x45f || CYR_TO_LAT[d - 0x400] === undefined) serbian = false;
				end++;
			} else if (isMark(d)) end++;
			else break;
		}
		if (serbian) {
			out += text.slice(copied, i) + latinRun(text, i, end);
			copied = end;
		}
		i = end;
	}
	return copied === 0 ? text : out + text.slice(copied);
}

function latinRun(text: string, start: number, end: number): string {
	let out = '';
	for (let k = start; k < end; k++) {
		const c = text.charCodeAt(k);
		const latin = c >= 0x400 && c <= 0x45f ? CYR_TO_LAT[c - 0x400] : undefined;
		if (latin === undefined) out += text[k];
		else if (latin.length === 2 && c < 0x410) out += isAllCapsAt(text, k) ? latin.toUpperCase() : latin;
		else out += latin;
	}
	return out;
}

/** Љ, Њ, Џ become LJ, NJ, DŽ inside an all-caps word (ЉУБОВИЈА, КОЊ) and Lj, Nj, Dž otherwise. */
function isAllCapsAt(text: string, k: number): boolean {
	const next = neighbourCase(text, k, 1);
	if (next !== 0) return next === 1;
	return neighbourCase(text, k, -1) === 1;
}

// ---------------------------------------------------------------------------------------------
// Latin → Cyrillic

const HAS_LATIN = /[A-Za-z\u00c0-\u024f\u1e00-\u1eff]/;
// No nested quantifiers and anchored at both ends: constant work per (short) token.
const ROMAN_NUMERAL = /^M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const ROMAN_LETTERS = new Set(Array.from('IVXLCDM', (ch) => ch.charCodeAt(0)));
/** Valid numerals that are also Serbian words (MI "we", VI "you", LI, DIV "giant"). */
const AMBIGUOUS_NUMERALS = new Set(['MI', 'VI', 'LI', 'DIV']);

// prettier-ignore
const TLDS_AND_EXTENSIONS = new Set([
	'rs', 'com', 'org', 'net', 'edu', 'gov', 'info', 'eu', 'int', 'io', 'me', 'ba', 'hr', 'mk', 'si',
	'de', 'at', 'ch', 'fr', 'it', 'uk', 'us', 'co', 'app', 'dev', 'biz', 'online', 'ru',
	'pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'odt', 'ods', 'odp', 'txt', 'csv', 'rtf',
	'jpg', 'jpeg', 'png', 'gif', 'webp', 'svg', 'zip', 'rar', 'mp3', 'mp4', 'html', 'htm'
]);

interface KeepEntry {
	lower: string;
	prefix: boolean;
	needsStartBoundary: boolean;
	needsEndBoundary: boolean;
}

interface KeepLatin {
	/** First code units (both cases) of all entries: a cheap pre-check before any slicing. */
	starts: Set<number>;
	byStart: Map<string, KeepEntry[]>;
}

/**
 * Compiled lists by list object. Callers pass the same list on every rendered string, so this saves
 * the compile; the snapshot comparison keeps a list that was changed in place from going stale.
 */
const keepLatinCache = new WeakMap<object, { snapshot: readonly string[]; compiled: KeepLatin | null }>();

function compileKeepLatin(list: Iterable<string> | undefined): KeepLatin | null {
	if (list === undefined) return null;
	const snapshot: readonly string[] = Array.isArray(list) ? (list as readonly string[]) : Array.from(list);
	const cached = typeof list === 'object' && list !== null ? keepLatinCache.get(list) : undefined;
	if (cached !== undefined && sameStrings(cached.snapshot, snapshot)) return cached.compiled;
	const compiled = compileEntries(snapshot);
	if (typeof list === 'object' && list !== null) keepLatinCache.set(list, { snapshot: snapshot.slice(), compiled });
	return compiled;
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
	if (a.length !== b.length) return false;
	for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
	return true;
}

function compileEntries(list: readonly string[]): KeepLatin | null {
	const byStart = new Map<string, KeepEntry[]>();
	const starts = new Set<number>();
	for (const raw of list) {
		let phrase = raw.trim().replace(/\s+/g, ' ');
		let prefix = false;
		if (phrase.length > 1 && phrase.endsWith('*')) {
			prefix = true;
			phrase = phrase.slice(0, -1);
		}
		if (phrase === '') continue;
		const lower = phrase.toLowerCase();
		const first = lower[0];
		starts.add(first.charCodeAt(0));
		starts.add(first.toUpperCase().charCodeAt(0));
		starts.add(phrase.charCodeAt(0));
		const bucket = byStart.get(first) ?? [];
		bucket.push({
			lower,
			prefix,
			needsStartBoundary: isWordChar(lower.charCodeAt(0)),
			needsEndBoundary: isWordChar(lower.charCodeAt(lower.length - 1))
		});
		byStart.set(first, bucket);
	}
	if (byStart.size === 0) return null;
	for (const bucket of byStart.values()) bucket.sort((a, b) => b.lower.length - a.lower.length);
	return { starts, byStart };
}

/** Case-insensitive comparison in which a space in the phrase also matches &nbsp; or a tab. */
function phraseMatches(lower: string, text: string, at: number): boolean {
	for (let k = 0; k < lower.length; k++) {
		const p = lower.charCodeAt(k);
		const c = text.charCodeAt(at + k);
		if (p === c || (p === 32 && isSpace(c)) || (c >= 65 && c <= 90 && c + 32 === p)) continue;
		if (c < 128 || text[at + k].toLowerCase() !== lower[k]) return false;
	}
	return true;
}

/** End of a keepLatin phrase starting at i, or i when none matches. */
function matchKeepLatin(keep: KeepLatin, text: string, i: number): number {
	if (!keep.starts.has(text.charCodeAt(i))) return i;
	const bucket = keep.byStart.get(text[i].toLowerCase());
	if (bucket === undefined) return i;
	const n = text.length;
	for (const entry of bucket) {
		const len = entry.lower.length;
		if (i + len > n) continue;
		if (entry.needsStartBoundary && i > 0 && isWordChar(text.charCodeAt(i - 1))) continue;
		if (!phraseMatches(entry.lower, text, i)) continue;
		let end = i + len;
		if (entry.prefix) {
			while (end < n && isWordChar(text.charCodeAt(end))) end++;
		} else if (entry.needsEndBoundary && end < n && isWordChar(text.charCodeAt(end))) continue;
		return end;
	}
	return i;
}

/** Latin → Cyrillic, keeping URLs, e-mails, foreign words, codes and Roman numerals in Latin. */
export function toCyrillic(text: SerbianText, options?: CyrillicOptions): string {
	if (!HAS_LATIN.test(text)) return text;
	return cyrillicWith(text, compileKeepLatin(options?.keepLatin));
}

function cyrillicWith(text: string, keep: KeepLatin | null): string {
	const n = text.length;
	let out = '';
	let copied = 0;
	let i = 0;
	let atChunkStart = true;
	// The previous word in this sentence: whether it is in capitals tells "DA LI VI" from "VI razred".
	let previousWord = '';
	while (i < n) {
		const c = text.charCodeAt(i);
		if (isSpace(c)) {
			atChunkStart = true;
			i++;
			continue;
		}
		if (atChunkStart) {
			atChunkStart = false;
			let end = i + 1;
			while (end < n && !isSpace(text.charCodeAt(end))) end++;
			if (isVerbatimChunk(text, i, end)) {
				i = end;
				previousWord = '';
				continue;
			}
		}
		if (keep !== null) {
			const kept = matchKeepLatin(keep, text, i);
			if (kept > i) {
				i = kept;
				previousWord = '';
				continue;
			}
		}
		if (!isWordChar(c)) {
			if (isSentenceEnd(c)) previousWord = '';
			i++;
			continue;
		}
		const end = tokenEnd(text, i);
		const token = text.slice(i, end);
		const converted = cyrillicToken(token, previousWord, text, end);
		if (converted !== token) {
			out += text.slice(copied, i) + converted;
			copied = end;
		}
		previousWord = token;
		i = end;
	}
	return copied === 0 ? text : out + text.slice(copied);
}

function tokenEnd(text: string, start: number): number {
	const n = text.length;
	let k = start;
	while (k < n) {
		const c = text.charCodeAt(k);
		if (isWordChar(c) || (isConnector(c) && k + 1 < n && isWordChar(text.charCodeAt(k + 1)))) k++;
		else break;
	}
	return k;
}

function cyrillicToken(token: string, previousWord: string, text: string, end: number): string {
	let hasLatin = false;
	let hasMark = false;
	for (let k = 0; k < token.length; k++) {
		const c = token.charCodeAt(k);
		if (isLatinLetter(c)) hasLatin = true;
		else if (isMark(c)) hasMark = true;
	}
	if (!hasLatin) return token;
	// Decomposed input (z + combining caron) must meet the same table as precomposed ž.
	const s = hasMark ? token.normalize('NFC') : token;
	let hasDigit = false;
	let foreign = false;
	let camel = false;
	let hasLower = false;
	let letters = 0;
	let previousLower = false;
	let previous = 0;
	for (let k = 0; k < s.length; k++) {
		const c = s.charCodeAt(k);
		let letterCase: number;
		if (c >= 97 && c <= 122) letterCase = -1;
		else if (c >= 65 && c <= 90) letterCase = 1;
		else if (c < 128) {
			if (isDigit(c)) hasDigit = true;
			letterCase = 0;
		} else letterCase = caseAt(s, k);
		if (letterCase !== 0) {
			letters++;
			if (isLatinLetter(c) && cyrillicOf(c) === undefined) foreign = true;
		}
		if (letterCase === -1) hasLower = true;
		else if (letterCase === 1 && previousLower) camel = true;
		// The j of a title-case Lj (or ž of Dž) inside a capitalised word ("DžEP") is no lower-case step.
		previousLower =
			letterCase === -1 && !((c === 106 && (previous === 76 || previous === 78)) || (c === 0x17e && previous === 68));
		previous = c;
	}
	if (hasLower && !hasDigit && ROMAN_LETTERS.has(s.charCodeAt(0))) {
		const numeral = romanNumeralWithSuffix(s);
		if (numeral > 0) return s.slice(0, numeral) + cyrillicLetters(s.slice(numeral));
	}
	// q, w, x, y, é, ü… mark a foreign word; a lower→upper step (iPhone, TikTok) marks a brand name.
	if (foreign || camel) return token;
	if (hasDigit) return isNumberWithSuffix(s) ? cyrillicLetters(s) : token;
	if (!hasLower && letters >= 2 && ROMAN_NUMERAL.test(s)) {
		const serbianWord = AMBIGUOUS_NUMERALS.has(s) && (isCapsWord(previousWord) || nextWordIsCaps(text, end));
		if (!serbianWord) return token;
	}
	return cyrillicLetters(s);
}

/** Length of the numeral in "XXI-og" (a Roman numeral with a case ending), or 0. */
function romanNumeralWithSuffix(s: string): number {
	let k = 0;
	while (k < s.length && !isConnector(s.charCodeAt(k))) k++;
	if (k < 2 || k === s.length || !ROMAN_NUMERAL.test(s.slice(0, k))) return 0;
	for (let p = k + 1; p < s.length; p++) if (caseAt(s, p) !== -1) return 0;
	return k;
}

/** 1990-ih, 20-ak: a number with a Serbian case ending, whose ending follows the script. */
function isNumberWithSuffix(s: string): boolean {
	let k = 0;
	while (k < s.length && isDigit(s.charCodeAt(k))) k++;
	if (k === 0 || k === s.length) return false;
	while (k < s.length) {
		if (!isConnector(s.charCodeAt(k))) return false;
		k++;
		const start = k;
		while (k < s.length && caseAt(s, k) === -1 && cyrillicOf(s.charCodeAt(k)) !== undefined) k++;
		if (k === start) return false;
	}
	return true;
}

/** Two or more letters, none lower case, and not a Roman numeral unless it is also a word. */
function isCapsWord(word: string): boolean {
	let letters = 0;
	for (let k = 0; k < word.length; k++) {
		const letterCase = caseAt(word, k);
		if (letterCase === -1) return false;
		if (letterCase === 1) letters++;
		else if (!isConnector(word.charCodeAt(k))) return false;
	}
	return letters >= 2 && (!ROMAN_NUMERAL.test(word) || AMBIGUOUS_NUMERALS.has(word));
}

/** Context for numerals ends with the sentence: "ZNATE? VI razred" is still the sixth grade. */
function isSentenceEnd(c: number): boolean {
	return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

function nextWordIsCaps(text: string, from: number): boolean {
	const n = text.length;
	let k = from;
	while (k < n && !isWordChar(text.charCodeAt(k))) {
		const c = text.charCodeAt(k);
		if (c === 10 || isSentenceEnd(c)) return false;
		k++;
	}
	if (k === n) return false;
	return isCapsWord(text.slice(k, tokenEnd(text, k)));
}

function cyrillicLetters(s: string): string {
	let out = '';
	let k = 0;
	while (k < s.length) {
		if (!isLatinLetter(s.charCodeAt(k))) {
			out += s[k];
			k++;
			continue;
		}
		let end = k + 1;
		while (end < s.length && isLatinLetter(s.charCodeAt(end))) end++;
		out += cyrillicWord(s, k, end);
		k = end;
	}
	return out;
}

/** Lower case for the letters exception stems are made of; anything else can never match them. */
function stemLower(c: number): number {
	if (c >= 65 && c <= 90) return c + 32;
	// Č Ć Đ Š Ž sit just below their lower-case forms.
	if (c === 0x10c || c === 0x106 || c === 0x110 || c === 0x160 || c === 0x17d) return c + 1;
	return c;
}

function exceptionSplits(s: string, start: number, end: number): readonly number[] {
	const bucket = EXCEPTIONS.get(stemLower(s.charCodeAt(start)));
	if (bucket === undefined) return NO_SPLITS;
	for (const { stem, splits } of bucket) {
		if (stem.length > end - start) continue;
		let k = 1;
		while (k < stem.length && stemLower(s.charCodeAt(start + k)) === stem.charCodeAt(k)) k++;
		if (k === stem.length) return splits;
	}
	return NO_SPLITS;
}

function cyrillicWord(s: string, start: number, end: number): string {
	const splits = exceptionSplits(s, start, end);
	let out = '';
	for (let k = start; k < end; k++) {
		const ch = s[k];
		if (k + 1 < end && (splits.length === 0 || !splits.includes(k + 1 - start))) {
			const pair = digraph(ch, s[k + 1]);
			if (pair !== undefined) {
				out += pair;
				k++;
				continue;
			}
		}
		out += cyrillicOf(s.charCodeAt(k)) ?? ch;
	}
	return out;
}

/** lj, nj, dž as one letter; "lJ" or "dŽ" (lower then upper) is not how anyone writes the letter. */
function digraph(first: string, second: string): string | undefined {
	switch (first) {
		case 'l':
			return second === 'j' ? 'љ' : undefined;
		case 'n':
			return second === 'j' ? 'њ' : undefined;
		case 'd':
			return second === 'ž' ? 'џ' : undefined;
		case 'L':
			return second === 'j' || second === 'J' ? 'Љ' : undefined;
		case 'N':
			return second === 'j' || second === 'J' ? 'Њ' : undefined;
		case 'D':
			return second === 'ž' || second === 'Ž' ? 'Џ' : undefined;
		default:
			return undefined;
	}
}

// ---------------------------------------------------------------------------------------------
// Tokens that stay Latin as a whole: URLs, e-mail addresses, @handles, domains and file names

/** Punctuation that may wrap a URL or e-mail address without being part of it. */
const OPENING_PUNCTUATION = new Set(Array.from('([{"\'<„“”«»‘’‹›' + ENTITY_MARK, (ch) => ch.charCodeAt(0)));
const CLOSING_PUNCTUATION = new Set(Array.from('.,;:!?)]}"\'>”“»«’…' + ENTITY_MARK, (ch) => ch.charCodeAt(0)));

function startsWithIgnoreCase(text: string, at: number, prefix: string): boolean {
	if (at + prefix.length > text.length) return false;
	for (let k = 0; k < prefix.length; k++) {
		let c = text.charCodeAt(at + k);
		if (c >= 65 && c <= 90) c += 32;
		if (c !== prefix.charCodeAt(k)) return false;
	}
	return true;
}

/** Whether a whitespace-delimited chunk is a URL, e-mail, @handle, domain or file name. */
function isVerbatimChunk(text: string, start: number, end: number): boolean {
	let a = start;
	let b = end;
	while (a < b && OPENING_PUNCTUATION.has(text.charCodeAt(a))) a++;
	while (b > a && CLOSING_PUNCTUATION.has(text.charCodeAt(b - 1))) b--;
	if (b - a < 2) return false;
	const first = text.charCodeAt(a);
	// Every kind of verbatim chunk has one of these; plain words (most chunks) stop here.
	let k = a;
	while (k < b) {
		const c = text.charCodeAt(k);
		if (c === 46 || c === 64 || c === 58) break;
		k++;
	}
	if (k === b) return false;
	if (first === 64) return isAsciiLetter(text.charCodeAt(a + 1)) || isDigit(text.charCodeAt(a + 1));
	if (!isAsciiLetter(first) && !isDigit(first)) return false;
	if (startsWithIgnoreCase(text, a, 'www.') || startsWithIgnoreCase(text, a, 'mailto:')) return true;
	// scheme://
	k = a;
	while (k < b && k - a < 12 && (isAsciiLetter(text.charCodeAt(k)) || text.charCodeAt(k) === 43)) k++;
	if (k > a && text.startsWith('://', k)) return true;
	// local@domain.tld
	let at = -1;
	let dotAfterAt = false;
	for (k = a; k < b; k++) {
		const c = text.charCodeAt(k);
		if (c === 64 && at < 0) at = k;
		else if (c === 46 && at >= 0) dotAfterAt = true;
	}
	if (at > a && dotAfterAt) return true;
	return isDomainOrFileName(text, a, b);
}

function isDomainOrFileName(text: string, a: number, b: number): boolean {
	let labels = 0;
	let labelStart = a;
	let k = a;
	for (; k <= b; k++) {
		const c = k < b ? text.charCodeAt(k) : 46;
		if (k === b || c === 47 || c === 63 || c === 35 || c === 58) {
			if (k === labelStart || labels === 0) return false;
			return TLDS_AND_EXTENSIONS.has(asciiLower(text.slice(labelStart, k)));
		}
		if (c === 46) {
			if (k === labelStart) return false;
			labels++;
			labelStart = k + 1;
		} else if (!isAsciiLetter(c) && !isDigit(c) && c !== 45 && c !== 95) return false;
	}
	return false;
}

// ---------------------------------------------------------------------------------------------
// Public helpers

/** Puts text into the given script; only Latin → Cyrillic uses `keepLatin`. */
export function toScript(text: SerbianText, script: Script, options?: CyrillicOptions): string {
	return script === 'latn' ? toLatin(text) : toCyrillic(text, options);
}

/** The script most letters are in, ignoring URLs and e-mails; null when there are no letters. */
export function detectScript(text: string): Script | null {
	const n = text.length;
	let cyrillic = 0;
	let latin = 0;
	let i = 0;
	while (i < n) {
		if (isSpace(text.charCodeAt(i))) {
			i++;
			continue;
		}
		let end = i + 1;
		while (end < n && !isSpace(text.charCodeAt(end))) end++;
		if (!isVerbatimChunk(text, i, end)) {
			for (let k = i; k < end; k++) {
				const c = text.charCodeAt(k);
				if ((c >= 0x400 && c <= 0x481) || (c >= 0x48a && c <= 0x52f)) cyrillic++;
				else if (isLatinLetter(c)) latin++;
			}
		}
		i = end;
	}
	if (cyrillic === 0 && latin === 0) return null;
	// A tie goes to Cyrillic, the official script.
	return cyrillic >= latin ? 'cyrl' : 'latn';
}

/** Lower-case Latin without diacritics for Serbian Cyrillic letters, in one table lookup each. */
const SEARCH_CYR: (string | undefined)[] = CYR_TO_LAT.map((latin) =>
	latin === undefined
		? undefined
		: latin
				.toLowerCase()
				.normalize('NFD')
				.replace(/[\u0300-\u036f]/g, '')
				.replace('đ', 'd')
);

/** A search key folding script, case and diacritics: 'ЧАЧАК', 'Čačak' and 'cacak' give 'cacak'. */
export function searchKey(text: string): string {
	// NFKD also splits ǆ into d+ž and ﬁ into f+i, so those need no special cases.
	const s = text.normalize('NFKD');
	let out = '';
	let pendingSpace = false;
	for (let k = 0; k < s.length; k++) {
		const c = s.charCodeAt(k);
		let piece: string | undefined;
		if (c < 128) {
			if (isDigit(c) || (c >= 97 && c <= 122)) piece = s[k];
			else if (c >= 65 && c <= 90) piece = String.fromCharCode(c + 32);
		} else if (isMark(c)) continue;
		else if (c >= 0x400 && c <= 0x45f && SEARCH_CYR[c - 0x400] !== undefined) piece = SEARCH_CYR[c - 0x400];
		else if (c === 0x110 || c === 0x111) piece = 'd';
		else if (isWordChar(c)) piece = s[k].toLowerCase();
		if (piece === undefined) {
			pendingSpace = out !== '';
			continue;
		}
		if (pendingSpace) {
			out += ' ';
			pendingSpace = false;
		}
		out += piece;
	}
	// Readers without a Serbian keyboard type đ as "dj"; folding both to "d" makes them meet.
	return out.includes('dj') ? out.replaceAll('dj', 'd') : out;
}

// ---------------------------------------------------------------------------------------------
// HTML

// prettier-ignore
const VOID_ELEMENTS = new Set([
	'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source',
	'track', 'wbr'
]);
/** Content that is code or markup, never prose; svg and math hold drawing and formula text. */
const CODE_ELEMENTS = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'textarea', 'svg', 'math']);
/** Elements whose content is not HTML: a "<" inside them starts no tag. */
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);
const TEXT_ATTRIBUTES = new Set(['alt', 'title', 'aria-label']);

interface Context {
	code: boolean;
	noTranslate: boolean;
	foreign: boolean;
}

const ROOT_CONTEXT: Context = { code: false, noTranslate: false, foreign: false };

function isSkipped(context: Context): boolean {
	return context.code || context.noTranslate || context.foreign;
}

interface Attribute {
	name: string;
	/** -1 when the attribute has no value. */
	valueStart: number;
	valueEnd: number;
}

interface StartTag {
	name: string;
	attributes: Attribute[];
	selfClosing: boolean;
	end: number;
}

function isTagNameEnd(c: number): boolean {
	return isHtmlSpace(c) || c === 47 || c === 62;
}

/** Reads `<name attr="value" …>` from lt; null when the tag never closes. */
function parseStartTag(html: string, lt: number): StartTag | null {
	const n = html.length;
	let k = lt + 1;
	while (k < n && !isTagNameEnd(html.charCodeAt(k))) k++;
	const name = asciiLower(html.slice(lt + 1, k));
	const attributes: Attribute[] = [];
	while (k < n) {
		const c = html.charCodeAt(k);
		if (isHtmlSpace(c)) {
			k++;
			continue;
		}
		if (c === 62) return { name, attributes, selfClosing: false, end: k + 1 };
		if (c === 47) {
			if (html.charCodeAt(k + 1) === 62) return { name, attributes, selfClosing: true, end: k + 2 };
			k++;
			continue;
		}
		const nameStart = k;
		k++;
		while (k < n) {
			const d = html.charCodeAt(k);
			if (isHtmlSpace(d) || d === 61 || d === 62 || d === 47) break;
			k++;
		}
		const attributeName = asciiLower(html.slice(nameStart, k));
		let j = k;
		while (j < n && isHtmlSpace(html.charCodeAt(j))) j++;
		if (html.charCodeAt(j) !== 61) {
			attributes.push({ name: attributeName, valueStart: -1, valueEnd: -1 });
			continue;
		}
		j++;
		while (j < n && isHtmlSpace(html.charCodeAt(j))) j++;
		const quote = html.charCodeAt(j);
		if (quote === 34 || quote === 39) {
			const close = html.indexOf(html[j], j + 1);
			if (close === -1) return null;
			attributes.push({ name: attributeName, valueStart: j + 1, valueEnd: close });
			k = close + 1;
		} else {
			const valueStart = j;
			while (j < n && !isHtmlSpace(html.charCodeAt(j)) && html.charCodeAt(j) !== 62) j++;
			attributes.push({ name: attributeName, valueStart, valueEnd: j });
			k = j;
		}
	}
	return null;
}

function hasClass(value: string, wanted: string): boolean {
	for (const name of value.split(/[\t\n\f\r ]+/)) if (name === wanted) return true;
	return false;
}

function childContext(parent: Context, tag: StartTag, html: string): Context {
	const code = parent.code || CODE_ELEMENTS.has(tag.name);
	let foreign = parent.foreign;
	let translate: boolean | undefined;
	let notranslateClass = false;
	for (const attribute of tag.attributes) {
		const value = attribute.valueStart < 0 ? '' : html.slice(attribute.valueStart, attribute.valueEnd);
		if (attribute.name === 'lang' || attribute.name === 'xml:lang') {
			// lang="sr", "sr-Latn", "sr-Cyrl-RS" are Serbian; "srn" (Sranan) is not.
			const lang = asciiLower(value.trim());
			foreign = !(lang === 'sr' || lang.startsWith('sr-') || lang.startsWith('sr_'));
		} else if (attribute.name === 'translate') {
			const setting = asciiLower(value.trim());
			if (setting === 'no') translate = false;
			else if (setting === 'yes' || setting === '') translate = true;
		} else if (attribute.name === 'class' && hasClass(value, 'notranslate')) notranslateClass = true;
	}
	const noTranslate = notranslateClass || (translate === undefined ? parent.noTranslate : !translate);
	if (code === parent.code && foreign === parent.foreign && noTranslate === parent.noTranslate) return parent;
	return { code, foreign, noTranslate };
}

function renderStartTag(html: string, lt: number, tag: StartTag, convert: ((s: string) => string) | null): string {
	if (convert === null) return html.slice(lt, tag.end);
	let out = '';
	let from = lt;
	for (const attribute of tag.attributes) {
		if (attribute.valueStart < 0 || !TEXT_ATTRIBUTES.has(attribute.name)) continue;
		out += html.slice(from, attribute.valueStart) + convert(html.slice(attribute.valueStart, attribute.valueEnd));
		from = attribute.valueEnd;
	}
	return out + html.slice(from, tag.end);
}

/** Start of the `</name` that closes a raw-text element, or the end of the input. */
function rawTextEnd(html: string, from: number, name: string): number {
	let k = from;
	for (;;) {
		const lt = html.indexOf('</', k);
		if (lt === -1) return html.length;
		if (startsWithIgnoreCase(html, lt + 2, name)) {
			const after = lt + 2 + name.length;
			if (after >= html.length || isTagNameEnd(html.charCodeAt(after))) return lt;
		}
		k = lt + 2;
	}
}

/** End of the character reference at `amp` (with or without ';'), or `amp` when there is none. */
function entityEnd(text: string, amp: number): number {
	const n = text.length;
	let p = amp + 1;
	if (text.charCodeAt(p) === 35) {
		p++;
		const hex = text.charCodeAt(p) === 120 || text.charCodeAt(p) === 88;
		if (hex) p++;
		const digitsStart = p;
		while (p < n && p - digitsStart < 8) {
			const c = text.charCodeAt(p);
			if (!(isDigit(c) || (hex && ((c >= 65 && c <= 70) || (c >= 97 && c <= 102))))) break;
			p++;
		}
		if (p === digitsStart) return amp;
	} else {
		// Legacy names without ';' (&nbsp) still count: turning them into Cyrillic would break them.
		if (!isAsciiLetter(text.charCodeAt(p))) return amp;
		const nameStart = p;
		while (p < n && p - nameStart < 32 && (isAsciiLetter(text.charCodeAt(p)) || isDigit(text.charCodeAt(p)))) p++;
	}
	return text.charCodeAt(p) === 59 ? p + 1 : p;
}

// prettier-ignore
const SPACE_ENTITIES = new Set([
	'nbsp', 'ensp', 'emsp', 'emsp13', 'emsp14', 'numsp', 'puncsp', 'thinsp', 'hairsp', 'ThinSpace',
	'MediumSpace', 'VeryThinSpace', 'NonBreakingSpace', 'ZeroWidthSpace', 'NewLine', 'Tab'
]);

function isSpaceEntity(entity: string): boolean {
	const body = entity.endsWith(';') ? entity.slice(1, -1) : entity.slice(1);
	if (body[0] !== '#') return SPACE_ENTITIES.has(body);
	const hex = body[1] === 'x' || body[1] === 'X';
	const code = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
	return isSpace(code);
}

/** Converts HTML text with entities swapped for placeholders, so words still meet across &nbsp;. */
function cyrillicHtmlText(text: string, keep: KeepLatin | null): string {
	// Start and end offsets of every entity, flattened in pairs.
	const entities: number[] = [];
	for (let amp = text.indexOf('&'); amp !== -1;) {
		const end = entityEnd(text, amp);
		if (end > amp) {
			entities.push(amp, end);
			amp = text.indexOf('&', end);
		} else amp = text.indexOf('&', amp + 1);
	}
	if (entities.length === 0) return cyrillicWith(text, keep);
	if (text.includes(ENTITY_MARK) || text.includes(SPACE_MARK)) {
		// The placeholders already occur in the text and could not be told apart on the way back:
		// convert the stretches between entities separately instead.
		let out = '';
		let from = 0;
		for (let e = 0; e < entities.length; e += 2) {
			out += cyrillicWith(text.slice(from, entities[e]), keep) + text.slice(entities[e], entities[e + 1]);
			from = entities[e + 1];
		}
		return out + cyrillicWith(text.slice(from), keep);
	}
	let masked = '';
	let from = 0;
	for (let e = 0; e < entities.length; e += 2) {
		const entity = text.slice(entities[e], entities[e + 1]);
		masked += text.slice(from, entities[e]) + (isSpaceEntity(entity) ? SPACE_MARK : ENTITY_MARK);
		from = entities[e + 1];
	}
	masked += text.slice(from);
	const converted = cyrillicWith(masked, keep);
	if (converted === masked) return text;
	let out = '';
	let e = 0;
	let last = 0;
	for (let p = 0; p < converted.length; p++) {
		const c = converted.charCodeAt(p);
		if (c !== ENTITY_MARK_CODE && c !== SPACE_MARK_CODE) continue;
		if (e >= entities.length) return text;
		out += converted.slice(last, p) + text.slice(entities[e], entities[e + 1]);
		e += 2;
		last = p + 1;
	}
	return e === entities.length ? out + converted.slice(last) : text;
}

/** Converts the text nodes and alt/title/aria-label values of an HTML fragment, nothing else. */
export function convertHtmlText(html: SerbianText, script: Script, options?: CyrillicOptions): string {
	try {
		return convertHtml(html, script, options);
	} catch {
		// Rendering must survive any fragment: unconverted text is better than a broken page.
		return html;
	}
}

function convertHtml(html: string, script: Script, options?: CyrillicOptions): string {
	let convert: (s: string) => string;
	if (script === 'latn') {
		// Entities are ASCII, which toLatin never touches, so they need no protection.
		if (!HAS_CYRILLIC.test(html)) return html;
		convert = toLatin;
	} else {
		if (!HAS_LATIN.test(html)) return html;
		const keep = compileKeepLatin(options?.keepLatin);
		convert = (s) => cyrillicHtmlText(s, keep);
	}
	const n = html.length;
	const stack: { name: string; context: Context }[] = [];
	const openCount = new Map<string, number>();
	let context = ROOT_CONTEXT;
	let out = '';
	let textStart = 0;
	let pos = 0;
	const flushText = (end: number) => {
		if (end <= textStart) return;
		const text = html.slice(textStart, end);
		out += isSkipped(context) ? text : convert(text);
	};
	while (pos < n) {
		const lt = html.indexOf('<', pos);
		if (lt === -1) break;
		const next = html.charCodeAt(lt + 1);
		if (next === 33 || next === 63) {
			// <!-- comment -->, <![CDATA[ … ]]>, <!doctype …>, <?…>: copied as they are
			let end: number;
			if (html.startsWith('<!--', lt)) {
				const close = html.indexOf('-->', lt + 4);
				end = close === -1 ? n : close + 3;
			} else if (html.startsWith('<![CDATA[', lt)) {
				const close = html.indexOf(']]>', lt + 9);
				end = close === -1 ? n : close + 3;
			} else {
				const close = html.indexOf('>', lt + 2);
				end = close === -1 ? n : close + 1;
			}
			flushText(lt);
			out += html.slice(lt, end);
			textStart = pos = end;
		} else if (next === 47 && isAsciiLetter(html.charCodeAt(lt + 2))) {
			const close = html.indexOf('>', lt + 2);
			const end = close === -1 ? n : close + 1;
			let k = lt + 2;
			while (k < end && !isTagNameEnd(html.charCodeAt(k))) k++;
			const name = asciiLower(html.slice(lt + 2, k));
			flushText(lt);
			out += html.slice(lt, end);
			textStart = pos = end;
			// Close the nearest open element of that name (and anything left open inside it); a stray
			// end tag closes nothing. The open count spares a stack walk for stray tags, which would
			// otherwise make "<b>"×n + "</i>"×n quadratic.
			if ((openCount.get(name) ?? 0) > 0) {
				let top = stack.length - 1;
				while (top >= 0 && stack[top].name !== name) top--;
				for (let s = stack.length - 1; s >= top; s--) {
					openCount.set(stack[s].name, (openCount.get(stack[s].name) ?? 1) - 1);
				}
				stack.length = top;
				context = top > 0 ? stack[top - 1].context : ROOT_CONTEXT;
			}
		} else if (isAsciiLetter(next)) {
			const tag = parseStartTag(html, lt);
			flushText(lt);
			if (tag === null) {
				out += html.slice(lt);
				textStart = n;
				break;
			}
			const own = childContext(context, tag, html);
			out += renderStartTag(html, lt, tag, isSkipped(own) ? null : convert);
			textStart = pos = tag.end;
			if (tag.selfClosing || VOID_ELEMENTS.has(tag.name)) continue;
			if (RAW_TEXT_ELEMENTS.has(tag.name)) {
				const end = rawTextEnd(html, tag.end, tag.name);
				const content = html.slice(tag.end, end);
				out += tag.name === 'title' && !isSkipped(own) ? convert(content) : content;
				textStart = pos = end;
				continue;
			}
			stack.push({ name: tag.name, context: own });
			openCount.set(tag.name, (openCount.get(tag.name) ?? 0) + 1);
			context = own;
		} else {
			// A "<" that starts no tag ("a < b") is just text.
			pos = lt + 1;
		}
	}
	flushText(n);
	return out;
}
