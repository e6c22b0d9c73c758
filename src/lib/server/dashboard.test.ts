import { describe, expect, it } from 'vitest';
import { dayAndWeekAt, yearPeriodsAt } from './dashboard.ts';

describe('yearPeriodsAt', () => {
	it('compares this year so far with the same stretch of last year, in Belgrade time', () => {
		const periods = yearPeriodsAt(new Date('2026-03-15T10:30:00Z'));
		expect(periods.year).toBe(2026);
		expect(periods.current.from.toISOString()).toBe('2025-12-31T23:00:00.000Z');
		expect(periods.previous.from.toISOString()).toBe('2024-12-31T23:00:00.000Z');
		expect(periods.previous.to.toISOString()).toBe('2025-03-15T10:30:00.000Z');
	});

	it('counts New Year’s Eve after 23:00 UTC as the new year in Belgrade', () => {
		expect(yearPeriodsAt(new Date('2026-12-31T23:30:00Z')).year).toBe(2027);
	});

	it('compares 29 February with 28 February', () => {
		expect(yearPeriodsAt(new Date('2028-02-29T09:00:00Z')).previous.to.toISOString()).toBe('2027-02-28T09:00:00.000Z');
	});
});

describe('dayAndWeekAt', () => {
	it('runs the week to Monday midnight', () => {
		// Wednesday 9 December 2026, 10:00 in Belgrade.
		const { dayStart, dayEnd, weekEnd } = dayAndWeekAt(new Date('2026-12-09T09:00:00Z'));
		expect(dayStart.toISOString()).toBe('2026-12-08T23:00:00.000Z');
		expect(dayEnd.toISOString()).toBe('2026-12-09T23:00:00.000Z');
		expect(weekEnd.toISOString()).toBe('2026-12-13T23:00:00.000Z');
	});

	it('on a Sunday, this week is only today', () => {
		const { dayEnd, weekEnd } = dayAndWeekAt(new Date('2026-12-06T18:00:00Z'));
		expect(weekEnd).toEqual(dayEnd);
	});
});
