import { describe, expect, it } from 'vitest';
import { monthGrid, monthOf, monthRange, shiftMonth } from './calendar.ts';

describe('month calendar', () => {
	it('starts weeks on Monday and marks the neighbouring months', () => {
		// November 2026 begins on a Sunday.
		const weeks = monthGrid(2026, 11);
		expect(weeks[0][0]).toEqual({ date: '2026-10-26', day: 26, inMonth: false });
		expect(weeks[0][6]).toEqual({ date: '2026-11-01', day: 1, inMonth: true });
		expect(weeks.at(-1)!.at(-1)!.date).toBe('2026-12-06');
		expect(weeks.flat().filter((day) => day.inMonth)).toHaveLength(30);
		// February 2027 begins on a Monday and fits four weeks.
		expect(monthGrid(2027, 2)).toHaveLength(4);
	});

	it('reads a month from the address, falling back to the current one', () => {
		expect(monthOf('2026-03')).toEqual({ year: 2026, month: 3 });
		expect(monthOf('2026-13', new Date('2026-07-10T12:00:00Z'))).toEqual({ year: 2026, month: 7 });
		expect(monthOf(null, new Date('2026-12-31T23:30:00Z'))).toEqual({ year: 2027, month: 1 });
		expect(shiftMonth(2026, 12, 1)).toBe('2027-01');
		expect(shiftMonth(2026, 1, -1)).toBe('2025-12');
	});

	it('bounds the month in Belgrade time', () => {
		const { from, to } = monthRange(2026, 3);
		expect(from.toISOString()).toBe('2026-02-28T23:00:00.000Z');
		// Summer time has begun by April.
		expect(to.toISOString()).toBe('2026-03-31T22:00:00.000Z');
	});
});
