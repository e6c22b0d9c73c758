import { toLatin } from '../../i18n/script.ts';

/** An address segment from a title: Serbian Latin without diacritics, lower case, words joined by hyphens. */
export function slugify(title: string, fallback = 'prilika'): string {
	const slug = toLatin(title)
		.replace(/[đĐ]/g, 'dj')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 80)
		.replace(/-+$/, '');
	return slug || fallback;
}

/** The first of base, base-2, base-3 … that is not taken. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
	if (!taken.has(base)) return base;
	for (let index = 2; ; index++) {
		const candidate = `${base}-${index}`;
		if (!taken.has(candidate)) return candidate;
	}
}
