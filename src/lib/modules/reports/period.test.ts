import { describe, expect, it } from 'vitest';
import { periodBounds, previousYearPeriod, quarterPeriod, readPeriod, yearPeriod } from './period.ts';

const read = (query: string, today = '2026-05-10') => readPeriod(new URLSearchParams(query), today);

describe('statistics periods in Belgrade time', () => {
	it('a year runs from Belgrade midnight on 1 January to the next one (UTC+1 in winter)', () => {
		const bounds = periodBounds(yearPeriod(2026));
		expect(bounds.from.toISOString()).toBe('2025-12-31T23:00:00.000Z');
		expect(bounds.to.toISOString()).toBe('2026-12-31T23:00:00.000Z');
		expect(bounds.toDay).toBe('2027-01-01');
		// 00:30 on 1 January in Belgrade is still 31 December in UTC, and it belongs to the new year.
		const halfPastMidnight = new Date('2025-12-31T23:30:00Z');
		expect(halfPastMidnight >= bounds.from && halfPastMidnight < bounds.to).toBe(true);
		const lastEvening = new Date('2025-12-31T22:30:00Z');
		expect(lastEvening >= bounds.from).toBe(false);
	});

	it('a summer quarter starts at Belgrade midnight in summer time (UTC+2)', () => {
		const q3 = quarterPeriod(2026, 3);
		expect(q3).toMatchObject({ fromDay: '2026-07-01', lastDay: '2026-09-30' });
		const bounds = periodBounds(q3);
		expect(bounds.from.toISOString()).toBe('2026-06-30T22:00:00.000Z');
		expect(bounds.to.toISOString()).toBe('2026-09-30T22:00:00.000Z');
		expect(quarterPeriod(2026, 1).lastDay).toBe('2026-03-31');
		expect(quarterPeriod(2028, 1).lastDay).toBe('2028-03-31');
		expect(quarterPeriod(2026, 4)).toMatchObject({ fromDay: '2026-10-01', lastDay: '2026-12-31' });
	});

	it('the period ending on the day summer time ends still ends at Belgrade midnight', () => {
		const bounds = periodBounds({ fromDay: '2026-10-01', lastDay: '2026-10-25' });
		expect(bounds.to.toISOString()).toBe('2026-10-25T23:00:00.000Z');
	});

	it('compares with the same period a year earlier, 29 February becoming the 28th', () => {
		expect(previousYearPeriod(yearPeriod(2026))).toEqual(yearPeriod(2025));
		expect(previousYearPeriod(quarterPeriod(2026, 2))).toEqual(quarterPeriod(2025, 2));
		expect(
			previousYearPeriod({ kind: 'custom', year: 2028, quarter: null, fromDay: '2028-02-01', lastDay: '2028-02-29' })
		).toMatchObject({ fromDay: '2027-02-01', lastDay: '2027-02-28' });
	});

	it('reads the address, falling back to this year and this quarter', () => {
		expect(read('')).toEqual({ ok: true, period: yearPeriod(2026) });
		expect(read('period=quarter&year=2025')).toEqual({ ok: true, period: quarterPeriod(2025, 2) });
		expect(read('period=quarter&year=2025&quarter=4')).toEqual({ ok: true, period: quarterPeriod(2025, 4) });
		expect(read('period=custom&from=2026-03-01&to=2026-03-31')).toMatchObject({
			ok: true,
			period: { kind: 'custom', fromDay: '2026-03-01', lastDay: '2026-03-31' }
		});
	});

	it('refuses what cannot be a period, naming the field', () => {
		expect(read('year=1999')).toEqual({ ok: false, problem: 'year' });
		expect(read('year=abcd')).toEqual({ ok: false, problem: 'year' });
		expect(read('year=2030')).toEqual({ ok: false, problem: 'year' });
		expect(read('period=quarter&quarter=5')).toEqual({ ok: false, problem: 'quarter' });
		expect(read('period=custom&from=2026-13-01&to=2026-03-31')).toEqual({ ok: false, problem: 'from' });
		expect(read('period=custom&from=2026-03-01')).toEqual({ ok: false, problem: 'to' });
		expect(read('period=custom&from=2026-03-01&to=2026-02-01')).toEqual({ ok: false, problem: 'order' });
		expect(read('period=custom&from=2010-01-01&to=2026-01-01')).toEqual({ ok: false, problem: 'length' });
	});
});
