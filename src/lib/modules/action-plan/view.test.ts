import { describe, expect, it } from 'vitest';
import { chartGeometry, chartYears, formatAmountInput, niceMax, revisionValue } from './view.ts';
import { nestFormValues } from './form.server.ts';

describe('amounts and numbers in forms', () => {
	it('writes dinars with dots between thousands, as the fields accept them', () => {
		expect(formatAmountInput(1200000)).toBe('1.200.000');
		expect(formatAmountInput(950)).toBe('950');
		expect(formatAmountInput(null)).toBe('');
	});

	it('nests row fields and keeps the rest flat', () => {
		const nested = nestFormValues(
			{ title: 'А', 'budgets.1.year': '2026', 'budgets.0.year': '2025', 'budgets.0.planned': '1.000' },
			['budgets']
		);
		expect(nested).toEqual({ title: 'А', budgets: [{ year: '2025', planned: '1.000' }, { year: '2026' }] });
		expect(nestFormValues({ 'entries.ab-12.progress': '40' }, ['entries']).entries).toEqual({
			'ab-12': { progress: '40' }
		});
	});
});

describe('indicator charts', () => {
	it('covers every year of the plan, empty where there is no value', () => {
		const years = chartYears({ values: [{ year: 2026, target: 10, actual: 12 }] }, 2025, 2027);
		expect(years).toEqual([
			{ year: 2025, target: null, actual: null },
			{ year: 2026, target: 10, actual: 12 },
			{ year: 2027, target: null, actual: null }
		]);
	});

	it('scales bars to a round maximum and draws nothing for missing values', () => {
		expect(niceMax(83)).toBe(100);
		expect(niceMax(120)).toBe(200);
		expect(niceMax(0)).toBe(1);
		const chart = chartGeometry(
			[
				{ year: 2025, target: 50, actual: 100 },
				{ year: 2026, target: null, actual: null }
			],
			{ baseline: 20 }
		);
		expect(chart.max).toBe(100);
		const [first, second] = chart.years;
		expect(first.actual!.y).toBe(chart.top);
		expect(first.target!.height).toBeCloseTo(first.actual!.height / 2);
		expect(second.target).toBeNull();
		expect(chart.baseline!.y).toBeGreaterThan(first.target!.y);
	});
});

describe('history of changes', () => {
	it('shows simple values and only says that long or technical ones changed', () => {
		expect(revisionValue('title', 'Ново')).toBe('Ново');
		expect(revisionValue('target 2026', 12)).toBe('12');
		expect(revisionValue('coImplementers', ['Школа', 'Дом здравља'])).toBe('Школа, Дом здравља');
		expect(revisionValue('introduction', '<p>…</p>')).toBeNull();
		expect(revisionValue('measureId', 'x')).toBeNull();
	});
});
