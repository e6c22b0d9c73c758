import { describe, expect, it } from 'vitest';
import { ageBands, computeAgeProfile, isBelowYouthShare } from './age-profile.ts';

const LAW = { min: 15, max: 30 };

describe('age bands', () => {
	it('splits the legal range 15–30 into 15–19, 20–24 and 25–30 with one band on each side', () => {
		expect(ageBands(LAW)).toEqual([
			{ kind: 'below', from: null, to: 14 },
			{ kind: 'range', from: 15, to: 19 },
			{ kind: 'range', from: 20, to: 24 },
			{ kind: 'range', from: 25, to: 30 },
			{ kind: 'above', from: 31, to: null }
		]);
	});

	it('follows the office setting when the range changes', () => {
		expect(ageBands({ min: 16, max: 35 }).map((band) => [band.from, band.to])).toEqual([
			[null, 15],
			[16, 20],
			[21, 25],
			[26, 30],
			[31, 35],
			[36, null]
		]);
	});
});

describe('age profile of an informal group', () => {
	it('counts members per band by the age they reach this year and the share of young ones', () => {
		// 2026: born 2012 → 14, 2011 → 15, 2006 → 20, 1996 → 30, 1995 → 31
		const profile = computeAgeProfile([2012, 2011, 2006, 1996, 1995], 2026, LAW);
		expect(profile.bands.map((band) => band.count)).toEqual([1, 1, 1, 1, 1]);
		expect(profile.total).toBe(5);
		expect(profile.young).toBe(3);
		expect(profile.youngShare).toBe(60);
	});

	it('has no share for a group without members', () => {
		const profile = computeAgeProfile([], 2026, LAW);
		expect(profile.youngShare).toBeNull();
		expect(profile.bands.every((band) => band.count === 0)).toBe(true);
	});

	it('counts everyone young in a group of students', () => {
		expect(computeAgeProfile([2005, 2004, 2007], 2026, LAW)).toMatchObject({ young: 3, youngShare: 100 });
	});
});

describe('youth association share', () => {
	it('needs at least two thirds young members', () => {
		expect(isBelowYouthShare(30, 20)).toBe(false);
		expect(isBelowYouthShare(30, 19)).toBe(true);
		expect(isBelowYouthShare(3, 2)).toBe(false);
	});

	it('does not warn when the numbers are unknown', () => {
		expect(isBelowYouthShare(null, 5)).toBe(false);
		expect(isBelowYouthShare(10, null)).toBe(false);
		expect(isBelowYouthShare(0, 0)).toBe(false);
	});
});
