import { describe, expect, it } from 'vitest';
import { meanOf, medianOf, percentOf, roundOne, shownCount, suppressCrossTab, type ShownCount } from './statistics.ts';

const show = (cell: ShownCount) => (cell.hidden ? '<5' : cell.count);

describe('percentOf', () => {
	it('rounds to one decimal of the base', () => {
		expect(percentOf(1, 3)).toBe(33.3);
		expect(percentOf(2, 3)).toBe(66.7);
		expect(percentOf(17, 20)).toBe(85);
	});
	it('is zero for an empty base', () => {
		expect(percentOf(0, 0)).toBe(0);
	});
});

describe('meanOf and medianOf', () => {
	// Ratings 1,2,2,3,3,3,5 (7 respondents): mean 19/7 = 2.714…, median the 4th value = 3.
	const ratings = [
		{ value: 1, count: 1 },
		{ value: 2, count: 2 },
		{ value: 3, count: 3 },
		{ value: 5, count: 1 }
	];
	it('computes the mean from counts', () => {
		expect(roundOne(meanOf(ratings)!)).toBe(2.7);
	});
	it('takes the middle value for an odd count', () => {
		expect(medianOf(ratings)).toBe(3);
	});
	it('averages the two middle values for an even count, in any input order', () => {
		// 1, 4, 4, 5, 5, 5 → middle values 4 and 5 → 4.5
		expect(
			medianOf([
				{ value: 5, count: 3 },
				{ value: 1, count: 1 },
				{ value: 4, count: 2 }
			])
		).toBe(4.5);
	});
	it('is null for no answers', () => {
		expect(meanOf([])).toBeNull();
		expect(medianOf([{ value: 3, count: 0 }])).toBeNull();
	});
});

describe('shownCount', () => {
	it('hides counts under five, zero included', () => {
		expect(show(shownCount(4))).toBe('<5');
		expect(show(shownCount(0))).toBe('<5');
		expect(show(shownCount(5))).toBe(5);
	});
});

describe('suppressCrossTab', () => {
	it('shows a table with no small cells as is', () => {
		const result = suppressCrossTab({
			cells: [
				[10, 20],
				[30, 40]
			],
			rowTotals: [30, 70],
			columnTotals: [40, 60],
			grandTotal: 100
		});
		expect(result.cells.map((row) => row.map(show))).toEqual([
			[10, 20],
			[30, 40]
		]);
		expect(show(result.grandTotal)).toBe(100);
	});

	it('hides a small cell and a complementary cell in its row and column so neither can be subtracted back', () => {
		//            urban rural | total
		// sport        12     3  |   15
		// culture      20    10  |   30
		// online       25    30  |   55
		// total        57    43  |  100
		const result = suppressCrossTab({
			cells: [
				[12, 3],
				[20, 10],
				[25, 30]
			],
			rowTotals: [15, 30, 55],
			columnTotals: [57, 43],
			grandTotal: 100
		});
		const cells = result.cells.map((row) => row.map(show));
		expect(cells[0][1]).toBe('<5');
		// Row "sport": 15 − 12 would give the 3 back, so 12 is hidden too.
		expect(cells[0][0]).toBe('<5');
		// Columns "urban" and "rural" then each hold one hidden cell: one more each, in the same row
		// ("culture"), so that row holds two and nothing cascades further.
		expect(cells[1][1]).toBe('<5');
		expect(cells[1][0]).toBe('<5');
		expect(cells[2]).toEqual([25, 30]);
		// No row or column is left with exactly one hidden entry.
		for (const row of result.cells) expect(row.filter((cell) => cell.hidden).length).not.toBe(1);
		for (let column = 0; column < 2; column++)
			expect(result.cells.filter((row) => row[column].hidden).length).not.toBe(1);
		expect(result.rowTotals.map(show)).toEqual([15, 30, 55]);
		expect(result.columnTotals.map(show)).toEqual([57, 43]);
	});

	it('hides a small group total together with another total of the totals row', () => {
		//          15–19  20–24  25–30 | total
		// yes         30     20      2 |    52
		// no          10     15      1 |    26
		// total       40     35      3 |    78
		const result = suppressCrossTab({
			cells: [
				[30, 20, 2],
				[10, 15, 1]
			],
			rowTotals: [52, 26],
			columnTotals: [40, 35, 3],
			grandTotal: 78
		});
		expect(result.columnTotals.map(show)).toEqual([40, '<5', '<5']);
		expect(result.cells.map((row) => row.map(show))).toEqual([
			[30, '<5', '<5'],
			[10, '<5', '<5']
		]);
		expect(show(result.grandTotal)).toBe(78);
	});
});
