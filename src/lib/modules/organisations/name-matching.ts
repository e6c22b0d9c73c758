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

/** How alike two organisations' names are (0–1), whichever script each was typed in. */
export function nameSimilarity(a: string, b: string): number {
	return trigramSimilarity(nameKey(a), nameKey(b));
}

export type DuplicateReason = 'registration' | 'name';

/** Why two records look like the same organisation, or null when they do not. */
export function duplicateReason(
	a: { name: string; registrationNumber: string },
	b: { name: string; registrationNumber: string }
): { reason: DuplicateReason; score: number } | null {
	const regA = registrationKey(a.registrationNumber);
	if (regA && regA === registrationKey(b.registrationNumber)) return { reason: 'registration', score: 1 };
	const score = nameSimilarity(a.name, b.name);
	return score >= DUPLICATE_NAME_THRESHOLD ? { reason: 'name', score } : null;
}
