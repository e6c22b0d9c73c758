import { describe, expect, it } from 'vitest';
import { readSort, sortHref, sortRows } from './data-table.ts';

describe('readSort', () => {
	it('reads a sortable column and its direction from the address', () => {
		expect(readSort(new URLSearchParams('sort=title&dir=desc'), ['title'])).toEqual({
			column: 'title',
			direction: 'desc'
		});
		expect(readSort(new URLSearchParams('sort=title'), ['title'])).toEqual({ column: 'title', direction: 'asc' });
	});

	it('ignores a column that is not sortable', () => {
		expect(readSort(new URLSearchParams('sort=password'), ['title'])).toBeNull();
	});
});

describe('sortHref', () => {
	it('keeps the filters, drops the page and flips the direction of the current column', () => {
		const params = new URLSearchParams('q=radionica&page=3&sort=title&dir=asc');
		expect(sortHref(params, 'title', { column: 'title', direction: 'asc' })).toBe('?q=radionica&sort=title&dir=desc');
		expect(sortHref(params, 'date', { column: 'title', direction: 'asc' })).toBe('?q=radionica&sort=date&dir=asc');
	});
});

describe('sortRows', () => {
	const rows = [
		{ name: 'Đorđe' },
		{ name: 'Zoran' },
		{ name: 'Ana' },
		{ name: 'Žarko' },
		{ name: 'Čedomir' },
		{ name: null }
	];

	it('sorts Serbian names by the locale’s alphabet, empty values last', () => {
		expect(sortRows(rows, (row) => row.name, 'asc', 'sr-Latn').map((row) => row.name)).toEqual([
			'Ana',
			'Čedomir',
			'Đorđe',
			'Zoran',
			'Žarko',
			null
		]);
	});

	it('sorts numbers as numbers, both ways', () => {
		const numbers = [{ n: 10 }, { n: 9 }, { n: 100 }];
		expect(sortRows(numbers, (row) => row.n, 'asc', 'en').map((row) => row.n)).toEqual([9, 10, 100]);
		expect(sortRows(numbers, (row) => row.n, 'desc', 'en').map((row) => row.n)).toEqual([100, 10, 9]);
	});
});
