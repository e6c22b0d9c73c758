import { toLatin } from '../../i18n/script.ts';

const LATIN_FOLDS: Record<string, string> = { đ: 'dj', ž: 'z', č: 'c', ć: 'c', š: 's' };

/**
 * A web address part from a title in either script: Latin letters without diacritics, lower case,
 * words joined by hyphens ("Летња школа 2025!" → "letnja-skola-2025").
 */
export function slugify(text: string, maxLength = 80): string {
	const slug = toLatin(text)
		.toLowerCase()
		.replace(/[đžčćš]/g, (letter) => LATIN_FOLDS[letter])
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return slug.slice(0, maxLength).replace(/-+$/, '');
}

/** The first of slug, slug-2, slug-3 … that `isTaken` does not claim. */
export async function uniqueSlug(base: string, isTaken: (slug: string) => Promise<boolean>): Promise<string> {
	const root = base || 'vest';
	if (!(await isTaken(root))) return root;
	for (let n = 2; ; n++) {
		const candidate = `${root.slice(0, 76)}-${n}`;
		if (!(await isTaken(candidate))) return candidate;
	}
}
