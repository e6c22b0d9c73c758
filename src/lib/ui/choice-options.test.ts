import { describe, expect, it } from 'vitest';
import { optionsOf, publicationChoice } from './choice-options.ts';

describe('optionsOf', () => {
	it('pairs each code with its words, in the order given', () => {
		expect(optionsOf(['b', 'a'], (value) => value.toUpperCase())).toEqual([
			{ value: 'b', label: 'B' },
			{ value: 'a', label: 'A' }
		]);
	});
});

describe('publicationChoice', () => {
	const labels = { draft: 'Нацрт', published: 'Објави' };
	it('offers draft before published with the given words', () => {
		expect(publicationChoice('draft', labels).options).toEqual([
			{ value: 'draft', label: 'Нацрт' },
			{ value: 'published', label: 'Објави' }
		]);
	});
	it('chooses published only when the value says so, and draft for anything else', () => {
		expect(publicationChoice('published', labels).selected).toEqual(['published']);
		for (const value of ['draft', undefined, null, '', 'closed']) {
			expect(publicationChoice(value, labels).selected).toEqual(['draft']);
		}
	});
});
