import { describe, expect, it } from 'vitest';
import { isSlug, slugify } from './slug.ts';

describe('page addresses from titles', () => {
	it.each([
		['Lokalni omladinski parlament', 'lokalni-omladinski-parlament'],
		['Локални омладински парламент', 'lokalni-omladinski-parlament'],
		['Ђачки парламент', 'djacki-parlament'],
		['Đački parlament', 'djacki-parlament'],
		['Šta radimo?', 'sta-radimo'],
		['ЉУБАВ, ЊИВА и ЏЕП', 'ljubav-njiva-i-dzep'],
		['Čačak & Žabljak', 'cacak-zabljak'],
		['  --Erasmus+ 2025!!  ', 'erasmus-2025'],
		['О нама', 'o-nama']
	])('%s → %s', (title, slug) => {
		expect(slugify(title)).toBe(slug);
		expect(isSlug(slug)).toBe(true);
	});

	it('gives nothing when no letter or digit is left', () => {
		expect(slugify('… — !')).toBe('');
	});

	it('keeps addresses short and never ends one with a hyphen', () => {
		const slug = slugify('Веома дугачак наслов странице '.repeat(10));
		expect(slug.length).toBeLessThanOrEqual(80);
		expect(slug).not.toMatch(/-$/);
	});

	it('recognises what is and is not a finished address', () => {
		expect(isSlug('o-nama')).toBe(true);
		expect(isSlug('O-nama')).toBe(false);
		expect(isSlug('o--nama')).toBe(false);
		expect(isSlug('-o-nama')).toBe(false);
		expect(isSlug('о-нама')).toBe(false);
	});
});
