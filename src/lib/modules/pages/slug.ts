import { toLatin } from '../../i18n/script.ts';

export const SLUG_MAX_LENGTH = 80;

/**
 * A page address from a title typed in either script: Latin letters without diacritics, lower case,
 * words joined by hyphens ("Ђачки парламент" → "djacki-parlament"). Empty when nothing is left.
 */
export function slugify(text: string): string {
	return toLatin(text)
		.replace(/[đĐ]/g, 'dj')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, SLUG_MAX_LENGTH)
		.replace(/-+$/, '');
}

/** Whether a string is already a valid page address. */
export function isSlug(value: string): boolean {
	return value.length <= SLUG_MAX_LENGTH && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
}
