import { toLatin } from './script.ts';

export const SLUG_MAX_LENGTH = 80;

/**
 * A web address part from a title typed in either script: Latin letters without diacritics, lower
 * case, words joined by hyphens ("Ђачки парламент 2026!" → "djacki-parlament-2026"). Returns the
 * fallback when nothing usable is left.
 */
export function slugify(text: string, fallback = ''): string {
	const slug = toLatin(text)
		.replace(/[đĐ]/g, 'dj')
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, SLUG_MAX_LENGTH)
		.replace(/-+$/, '');
	return slug || fallback;
}

/** Whether a string is already a valid address part. */
export function isSlug(value: string): boolean {
	return value.length <= SLUG_MAX_LENGTH && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
}

/** The first of base, base-2, base-3 … that is not taken (the number keeps the address within the limit). */
export async function uniqueSlug(base: string, isTaken: (slug: string) => boolean | Promise<boolean>): Promise<string> {
	if (!(await isTaken(base))) return base;
	for (let index = 2; ; index++) {
		const suffix = `-${index}`;
		const candidate = `${base.slice(0, SLUG_MAX_LENGTH - suffix.length).replace(/-+$/, '')}${suffix}`;
		if (!(await isTaken(candidate))) return candidate;
	}
}
