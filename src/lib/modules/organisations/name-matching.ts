// Catching duplicates by name across scripts: "Удружење Млади Ивањице" and "Udruzenje mladi Ivanjice"
// are the same name once folded with searchKey (Cyrillic to Latin, case and diacritics off). The
// similarity is pg_trgm's, so the database (similarity()) and this code agree on every score.
import { searchKey } from '../../i18n/script.ts';

/** Names at least this similar (pg_trgm similarity of the folded names) are flagged as likely duplicates. */
export const DUPLICATE_NAME_THRESHOLD = 0.6;

/** The folded form of a name that duplicates are compared on. */
export function nameKey(name: string): string {
	return searchKey(name);
}

/** A registration number without spaces, dots or dashes, so "17 123-456" and "17123456" meet. */
export function registrationKey(registrationNumber: string): string {
	return registrationNumber.replace(/[\s.\-/]/g, '').toLowerCase();
}

/** The trigrams pg_trgm takes from a text: each word padded with two spaces before and one after. */
export function trigrams(text: string): Set<string> {
	const result = new Set<string>();
	for (const word of text.split(/[^\p{L}\p{N}]+/u).filter(Boolean)) {
		const padded = `  ${word.toLowerCase()} `;
		for (let k = 0; k + 3 <= padded.length; k++) result.add(padded.slice(k, k + 3));
	}
	return result;
}

/** pg_trgm's similarity(): shared trigrams over all distinct trigrams of both texts. */
export function trigramSimilarity(a: string, b: string): number {
	const left = trigrams(a);
	const right = trigrams(b);
	if (left.size === 0 || right.size === 0) return 0;
	let shared = 0;
	for (const gram of left) if (right.has(gram)) shared++;
	return shared / (left.size + right.size - shared);
}

/**
 * Words nearly every organisation's name shares (legal forms, "youth", "for", "and"), folded as
 * searchKey folds them. They say nothing about which organisation a name means (issue 13.18).
 */
export const COMMON_NAME_WORDS = [
	'udruzenje',
	'udruzenja',
	'gradjana',
	'organizacija',
	'omladinska',
	'omladinski',
	'omladinsko',
	'klub',
	'centar',
	'savez',
	'drustvo',
	'fondacija',
	'mreza',
	'grupa',
	'neformalna',
	'skola',
	'osnovna',
	'srednja',
	'mladi',
	'mladih',
	'mlade',
	'mladima',
	'za',
	'i',
	'u',
	'na',
	'od',
	'sa',
	'iz',
	'o',
	'opstina',
	'opstine',
	'opstinski',
	'grad',
	'grada',
	'gradski',
	'lokalna',
	'lokalne'
] as const;

/** The municipality's name as a stem ("Ивањица" → "ivanjic"), so all its forms (Ивањице, ивањички) match. */
export function municipalityStem(municipality: string): string {
	const key = searchKey(municipality).replace(/\s+/g, ' ').trim();
	const stem = key.replace(/[aeiou]$/, '');
	return stem.length >= 4 ? stem : key;
}

/**
 * The words of a name that tell organisations apart: without the municipality's name and the
 * common words. The same rule runs in SQL (distinctiveNamePattern) so both agree.
 */
export function distinctiveNameKey(name: string, municipality: string): string {
	return nameKey(name)
		.replace(new RegExp(distinctiveNamePattern(municipality, 'js'), 'g'), ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** The regular expression of removed words: PostgreSQL's (\m…\M) or JavaScript's word boundaries. */
export function distinctiveNamePattern(municipality: string, flavour: 'sql' | 'js'): string {
	const stem = municipalityStem(municipality).replace(/[^a-z0-9 ]/g, '');
	const words = [...COMMON_NAME_WORDS, ...(stem ? [`${stem}[a-z]*`] : [])].join('|');
	return flavour === 'sql' ? `\\m(${words})\\M` : `\\b(?:${words})\\b`;
}

/**
 * How alike two organisations' names are (0–1), whichever script each was typed in. With the
 * municipality given, only the distinctive words are compared ("Гимназија Ивањица" is not
 * "Техничка школа Ивањица"); names with nothing distinctive left are compared whole.
 */
export function nameSimilarity(a: string, b: string, municipality = ''): number {
	if (municipality) {
		const left = distinctiveNameKey(a, municipality);
		const right = distinctiveNameKey(b, municipality);
		if (left && right) return trigramSimilarity(left, right);
	}
	return trigramSimilarity(nameKey(a), nameKey(b));
}

export type DuplicateReason = 'registration' | 'name';

/** Why two records look like the same organisation, or null when they do not. */
export function duplicateReason(
	a: { name: string; registrationNumber: string },
	b: { name: string; registrationNumber: string },
	municipality = ''
): { reason: DuplicateReason; score: number } | null {
	const regA = registrationKey(a.registrationNumber);
	if (regA && regA === registrationKey(b.registrationNumber)) return { reason: 'registration', score: 1 };
	const score = nameSimilarity(a.name, b.name, municipality);
	return score >= DUPLICATE_NAME_THRESHOLD ? { reason: 'name', score } : null;
}
