import { describe, expect, it } from 'vitest';
import {
	DUPLICATE_NAME_THRESHOLD,
	distinctiveNameKey,
	duplicateReason,
	nameKey,
	nameSimilarity,
	registrationKey,
	trigramSimilarity,
	trigrams
} from './name-matching.ts';

describe('folding names for comparison', () => {
	it('gives the same key for a name in Cyrillic, in Latin and without diacritics', () => {
		expect(nameKey('Удружење Млади Ивањице')).toBe('udruzenje mladi ivanjice');
		expect(nameKey('Udruženje mladi Ivanjice')).toBe('udruzenje mladi ivanjice');
		expect(nameKey('UDRUZENJE  MLADI   IVANJICE')).toBe('udruzenje mladi ivanjice');
	});

	it('folds the digraph letters the same whichever script', () => {
		expect(nameKey('Љубичица')).toBe(nameKey('Ljubičica'));
		expect(nameKey('Ђачки парламент')).toBe(nameKey('Đački parlament'));
	});

	it('compares registration numbers without spaces and punctuation', () => {
		expect(registrationKey('28 123-456')).toBe('28123456');
		expect(registrationKey('')).toBe('');
	});
});

describe('trigram similarity (as pg_trgm computes it)', () => {
	it('pads words like pg_trgm', () => {
		expect([...trigrams('cat')].sort()).toEqual(['  c', ' ca', 'at ', 'cat'].sort());
	});

	it('is 1 for equal texts and 0 for texts with nothing in common', () => {
		expect(trigramSimilarity('mladi', 'mladi')).toBe(1);
		expect(trigramSimilarity('abc', 'xyz')).toBe(0);
		expect(trigramSimilarity('', 'xyz')).toBe(0);
	});

	it('matches pg_trgm on a known pair', () => {
		// SELECT similarity('word', 'two words') = 0.3636…
		expect(trigramSimilarity('word', 'two words')).toBeCloseTo(4 / 11, 5);
	});
});

describe('duplicate detection', () => {
	it('finds the same association typed in both scripts', () => {
		expect(nameSimilarity('Удружење Млади Ивањице', 'Udruzenje mladi Ivanjice')).toBe(1);
		expect(
			duplicateReason(
				{ name: 'Удружење Млади Ивањице', registrationNumber: '' },
				{ name: 'Udruzenje mladi Ivanjice', registrationNumber: '' }
			)
		).toEqual({ reason: 'name', score: 1 });
	});

	it('finds a small difference in ending as similar', () => {
		expect(nameSimilarity('Удружење младих Ивањице', 'Udruzenje mladi Ivanjice')).toBeGreaterThanOrEqual(
			DUPLICATE_NAME_THRESHOLD
		);
	});

	it('does not flag different associations of the same town', () => {
		expect(
			duplicateReason(
				{ name: 'Удружење пензионера Ивањица', registrationNumber: '1' },
				{ name: 'Udruženje mladih Ivanjice', registrationNumber: '2' }
			)
		).toBeNull();
	});

	it('flags the same registration number whatever the names', () => {
		expect(
			duplicateReason(
				{ name: 'Клуб А', registrationNumber: '28 123 456' },
				{ name: 'Sasvim drugi naziv', registrationNumber: '28123456' }
			)
		).toEqual({ reason: 'registration', score: 1 });
	});

	it('does not treat two empty registration numbers as the same', () => {
		expect(
			duplicateReason({ name: 'Алфа', registrationNumber: '' }, { name: 'Omega', registrationNumber: '' })
		).toBeNull();
	});
});

describe("names without the municipality's name and common words (13.18)", () => {
	it('keeps only the words that tell organisations apart', () => {
		expect(distinctiveNameKey('Гимназија Ивањица', 'Ивањица')).toBe('gimnazija');
		expect(distinctiveNameKey('Udruženje mladih „Ivanjički krug”', 'Ивањица')).toBe('krug');
		expect(distinctiveNameKey('Centar za kulturu u Ivanjici', 'Ивањица')).toBe('kulturu');
	});

	it('no longer pairs two schools that share only the town', () => {
		expect(nameSimilarity('Гимназија Ивањица', 'Техничка школа Ивањица')).toBeGreaterThan(0.2);
		expect(nameSimilarity('Гимназија Ивањица', 'Техничка школа Ивањица', 'Ивањица')).toBeLessThan(
			DUPLICATE_NAME_THRESHOLD
		);
		expect(
			duplicateReason(
				{ name: 'Црвени крст Ивањица', registrationNumber: '' },
				{ name: 'Crveni krst Ivanjica', registrationNumber: '' },
				'Ивањица'
			)
		).toMatchObject({ reason: 'name' });
	});

	it('compares whole names when nothing distinctive is left', () => {
		expect(nameSimilarity('Удружење Млади Ивањице', 'Udruzenje mladi Ivanjice', 'Ивањица')).toBe(1);
	});
});
