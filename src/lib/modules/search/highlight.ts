import { searchKey } from '../../i18n/script.ts';

/** A word matches a term by its beginning, allowing a different case ending (радионица / радионице). */
function matchesTerm(word: string, term: string): boolean {
	const stem = term.length >= 5 ? term.slice(0, term.length - 2) : term;
	return word.startsWith(stem);
}

export interface HighlightPart {
	text: string;
	isMatch: boolean;
}

/**
 * Splits text into parts, marking the words that match the query. Matching is done word by word on
 * folded forms, so "omladinski" marks "Омладински" and the original letters are kept for display.
 */
export function highlightMatches(text: string, query: string): HighlightPart[] {
	const terms = searchKey(query)
		.split(' ')
		.filter((term) => term.length >= 2);
	if (terms.length === 0 || !text) return [{ text, isMatch: false }];
	const parts: HighlightPart[] = [];
	// Words are runs of letters and digits in any script; everything between them is kept as is.
	const pattern = /[\p{L}\p{N}]+/gu;
	let last = 0;
	for (const found of text.matchAll(pattern)) {
		const word = found[0];
		const start = found.index ?? 0;
		const folded = searchKey(word);
		if (terms.some((term) => matchesTerm(folded, term))) {
			if (start > last) parts.push({ text: text.slice(last, start), isMatch: false });
			parts.push({ text: word, isMatch: true });
			last = start + word.length;
		}
	}
	if (last < text.length) parts.push({ text: text.slice(last), isMatch: false });
	return parts.length > 0 ? parts : [{ text, isMatch: false }];
}
