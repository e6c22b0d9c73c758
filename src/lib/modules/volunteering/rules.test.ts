import { describe, expect, it } from 'vitest';
import {
	addMonths,
	ageOn,
	ageRefusal,
	contractReasons,
	hasLongTermRun,
	hoursTotals,
	isLongTermByPlan,
	isLongTermByRecord,
	isMinorOn,
	minutesToHours,
	shiftChangeRefusal,
	shiftMinutes,
	waitlistPromotions,
	weekStartOf
} from './rules.ts';

const noPlan = { hoursPerWeek: null, startsOn: null, endsOn: null, shifts: [] };

/** Days of consecutive weeks (Mondays from a start) with the given minutes each. */
function weeks(start: string, count: number, minutes: number) {
	const records: { workedOn: string; minutes: number }[] = [];
	const date = new Date(`${start}T00:00:00Z`);
	for (let week = 0; week < count; week++) {
		records.push({ workedOn: date.toISOString().slice(0, 10), minutes });
		date.setUTCDate(date.getUTCDate() + 7);
	}
	return records;
}

describe('ages at the shift date', () => {
	it('counts whole years, the birthday itself included', () => {
		expect(ageOn('2011-06-15', '2026-06-14')).toBe(14);
		expect(ageOn('2011-06-15', '2026-06-15')).toBe(15);
		expect(ageOn('2008-12-31', '2026-12-30')).toBe(17);
		expect(ageOn('2008-12-31', '2026-12-31')).toBe(18);
		expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
		expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
	});
	it('refuses under 15 and below the organiser’s minimum', () => {
		expect(ageRefusal('2011-06-15', '2026-06-14', 15)).toBe('tooYoung');
		expect(ageRefusal('2011-06-15', '2026-06-15', 15)).toBeNull();
		expect(ageRefusal('2010-01-01', '2026-06-15', 18)).toBe('belowOrganiserAge');
		expect(ageRefusal('2008-01-01', '2026-06-15', 18)).toBeNull();
	});
	it('is a minor until the 18th birthday', () => {
		expect(isMinorOn('2008-07-01', '2026-06-30')).toBe(true);
		expect(isMinorOn('2008-07-01', '2026-07-01')).toBe(false);
	});
});

describe('long-term volunteering', () => {
	it('needs more than 10 hours in each of 13 consecutive weeks', () => {
		expect(isLongTermByRecord(weeks('2026-01-05', 13, 601))).toBe(true);
		expect(isLongTermByRecord(weeks('2026-01-05', 12, 601))).toBe(false);
		// Exactly 10 hours is not "more than 10".
		expect(isLongTermByRecord(weeks('2026-01-05', 20, 600))).toBe(false);
	});
	it('starts again after a week below the limit', () => {
		const broken = [
			...weeks('2026-01-05', 8, 700),
			{ workedOn: '2026-03-02', minutes: 60 },
			...weeks('2026-03-09', 8, 700)
		];
		expect(isLongTermByRecord(broken)).toBe(false);
	});
	it('adds several days of one week together', () => {
		const mondays = weeks('2026-01-05', 13, 330);
		const wednesdays = weeks('2026-01-07', 13, 300);
		expect(isLongTermByRecord(mondays)).toBe(false);
		expect(isLongTermByRecord([...mondays, ...wednesdays])).toBe(true);
		expect(hasLongTermRun(new Map([['2026-01-05', 700]]))).toBe(false);
	});
	it('reads an open-ended role’s planned hours and period', () => {
		expect(isLongTermByPlan({ hoursPerWeek: 12, startsOn: '2026-01-10', endsOn: '2026-04-10', shifts: [] })).toBe(true);
		expect(isLongTermByPlan({ hoursPerWeek: 12, startsOn: '2026-01-10', endsOn: '2026-04-09', shifts: [] })).toBe(
			false
		);
		expect(isLongTermByPlan({ hoursPerWeek: 10, startsOn: '2026-01-10', endsOn: '2026-12-31', shifts: [] })).toBe(
			false
		);
	});
	it('reads planned shifts week by week', () => {
		const shifts = weeks('2026-01-05', 13, 0).map((record) => ({
			startsAt: new Date(`${record.workedOn}T08:00:00Z`),
			endsAt: new Date(`${record.workedOn}T19:00:00Z`)
		}));
		expect(isLongTermByPlan({ ...noPlan, shifts })).toBe(true);
		expect(isLongTermByPlan({ ...noPlan, shifts: shifts.slice(1) })).toBe(false);
	});
	it('finds the Monday of a week', () => {
		expect(weekStartOf('2026-12-06')).toBe('2026-11-30');
		expect(weekStartOf('2026-11-30')).toBe('2026-11-30');
		expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
	});
});

describe('contract-required rules', () => {
	const base = { birthDate: '2000-01-01', firstDay: '2026-06-01', plan: noPlan, recorded: [], requested: false };
	it('needs none for an adult on a short action', () => {
		expect(contractReasons(base)).toEqual([]);
	});
	it('needs one for a minor at the first shift’s date, not a day after the 18th birthday', () => {
		expect(contractReasons({ ...base, birthDate: '2008-06-02' })).toEqual(['minor']);
		expect(contractReasons({ ...base, birthDate: '2008-06-01' })).toEqual([]);
	});
	it('needs one for long-term work by plan, by record and on request', () => {
		expect(
			contractReasons({ ...base, plan: { hoursPerWeek: 15, startsOn: '2026-06-01', endsOn: '2026-12-01', shifts: [] } })
		).toEqual(['long_term_planned']);
		expect(contractReasons({ ...base, recorded: weeks('2026-06-01', 14, 660) })).toEqual(['long_term_recorded']);
		expect(contractReasons({ ...base, requested: true })).toEqual(['requested']);
	});
});

describe('hours totals', () => {
	it('sums by year and organiser and converts minutes', () => {
		const totals = hoursTotals([
			{ workedOn: '2025-12-31', minutes: 90, organiser: 'A' },
			{ workedOn: '2026-01-01', minutes: 240, organiser: 'A' },
			{ workedOn: '2026-05-01', minutes: 45, organiser: 'B' }
		]);
		expect(totals.totalMinutes).toBe(375);
		expect(totals.byYear.get(2025)).toBe(90);
		expect(totals.byYear.get(2026)).toBe(285);
		expect(totals.byOrganiser.get('A')).toBe(330);
		expect(minutesToHours(375)).toBe(6.25);
		expect(minutesToHours(20)).toBe(0.33);
	});
	it('limits a shift’s hours to its length', () => {
		expect(shiftMinutes({ startsAt: new Date('2026-06-01T08:00:00Z'), endsAt: new Date('2026-06-01T12:30:00Z') })).toBe(
			270
		);
	});
});

describe('moving a shift and the waiting list', () => {
	const now = new Date('2026-06-01T08:00:00Z');
	it('refuses a start in the past and fewer places than the accepted', () => {
		expect(shiftChangeRefusal({ startsAt: new Date('2026-06-01T07:59:00Z'), places: 5 }, 0, now)).toBe('past');
		expect(shiftChangeRefusal({ startsAt: now, places: 5 }, 0, now)).toBe('past');
		expect(shiftChangeRefusal({ startsAt: new Date('2026-06-02T08:00:00Z'), places: 2 }, 3, now)).toBe('belowAccepted');
		expect(shiftChangeRefusal({ startsAt: new Date('2026-06-02T08:00:00Z'), places: 3 }, 3, now)).toBeNull();
	});
	it('promotes the oldest waiting first, skipping a minor without consent, never more than the free places', () => {
		const at = (minute: number) => new Date(Date.UTC(2026, 5, 1, 8, minute));
		const waiting = [
			{ id: 'c', createdAt: at(3), mayBeAccepted: true },
			{ id: 'a', createdAt: at(1), mayBeAccepted: false },
			{ id: 'b', createdAt: at(2), mayBeAccepted: true },
			{ id: 'd', createdAt: at(4), mayBeAccepted: true }
		];
		expect(waitlistPromotions(waiting, 2).map((entry) => entry.id)).toEqual(['b', 'c']);
		expect(waitlistPromotions(waiting, 10).map((entry) => entry.id)).toEqual(['b', 'c', 'd']);
		expect(waitlistPromotions(waiting, 0)).toEqual([]);
		expect(waitlistPromotions(waiting, -1)).toEqual([]);
	});
});
