import { describe, expect, it } from 'vitest';
import type { StatisticsBlock } from '../../server/manifest.ts';
import { showBlocks, showTable } from './shown.ts';

const block = (figures: StatisticsBlock['figures'], tables: StatisticsBlock['tables'] = []): StatisticsBlock => ({
	key: 'b',
	titleKey: 'reports.statistics.title',
	order: 1,
	filtered: true,
	figures,
	tables
});

describe('statistics as shown', () => {
	it('hides people under five, and the complementary cell of a table that adds up', () => {
		const table = showTable({
			key: 'gender',
			titleKey: 'x',
			rows: [
				{ label: { key: 'a' }, value: 20 },
				{ label: { key: 'b' }, value: 12 },
				{ label: { key: 'c' }, value: 3 }
			],
			total: 35,
			people: true
		});
		expect(table.rows.map((row) => row.text)).toEqual(['20', '<5', '<5']);
		expect(table.rows.map((row) => row.value)).toEqual([20, null, null]);
		expect(table.total).toEqual({ text: '35', value: 35 });
	});

	it('never hides counts of things, and hides overlapping groups one by one', () => {
		expect(
			showTable({ key: 't', titleKey: 'x', rows: [{ label: { key: 'a' }, value: 2 }], total: 2, people: false }).rows[0]
				.text
		).toBe('2');
		const overlapping = showTable({
			key: 'v',
			titleKey: 'x',
			rows: [
				{ label: { text: 'Роми', textEn: 'Roma' }, value: 3 },
				{ label: { text: 'Инвалидитет', textEn: 'Disability' }, value: 7 }
			],
			people: true
		});
		expect(overlapping.rows.map((row) => row.text)).toEqual(['<5', '7']);
		expect(overlapping.total).toBeNull();
	});

	it('puts last year beside each figure, hidden when it was small', () => {
		const [shown] = showBlocks(
			[
				block([
					{ key: 'people', labelKey: 'p', value: 40, people: true },
					{ key: 'events', labelKey: 'e', value: 3, people: false }
				])
			],
			[
				block([
					{ key: 'people', labelKey: 'p', value: 4, people: true },
					{ key: 'events', labelKey: 'e', value: 2, people: false }
				])
			]
		);
		expect(shown.figures).toEqual([
			{ key: 'people', labelKey: 'p', text: '40', value: 40, previousText: '<5', previousValue: null },
			{ key: 'events', labelKey: 'e', text: '3', value: 3, previousText: '2', previousValue: 2 }
		]);
	});
});
