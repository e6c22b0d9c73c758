// The Law on Volunteering ("Закон о волонтирању", Службени гласник РС 36/2010) as pure functions:
// ages at a shift's date, when a written contract is required, long-term volunteering, hours totals.
// Decision 0022 records where each number comes from and how to change it.

import { dateTimeFormat } from '../../i18n/formatters.ts';

/** Nobody younger volunteers (art. 12: from 15, with a guardian's written consent until 18). */
export const MIN_VOLUNTEER_AGE = 15;
/** Under this age a parent's or guardian's written consent and a written contract are required. */
export const ADULT_AGE = 18;
/** Long-term volunteering: more than this many hours a week… */
export const LONG_TERM_HOURS_PER_WEEK = 10;
/** …without a break for at least this many months (art. 2). */
export const LONG_TERM_MONTHS = 3;
/** Three months counted in whole weeks, for recorded hours. */
export const LONG_TERM_WEEKS = 13;

/** A calendar date as 'YYYY-MM-DD' in Belgrade time. */
export function belgradeDate(instant: Date): string {
	return dateTimeFormat('en-CA', {
		timeZone: 'Europe/Belgrade',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit'
	}).format(instant);
}

/** Whole years from a birth date to a day ('YYYY-MM-DD' both): the age on that day. */
export function ageOn(birthDate: string, day: string): number {
	const [by, bm, bd] = birthDate.split('-').map(Number);
	const [y, m, d] = day.split('-').map(Number);
	return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** Why someone may not volunteer on a day, or null when they may. */
export function ageRefusal(
	birthDate: string,
	day: string,
	opportunityMinAge: number
): 'tooYoung' | 'belowOrganiserAge' | null {
	const age = ageOn(birthDate, day);
	if (age < MIN_VOLUNTEER_AGE) return 'tooYoung';
	if (age < opportunityMinAge) return 'belowOrganiserAge';
	return null;
}

/** Whether the volunteer is a minor on that day (guardian's consent and a contract needed). */
export function isMinorOn(birthDate: string, day: string): boolean {
	return ageOn(birthDate, day) < ADULT_AGE;
}

/** Adds months to a 'YYYY-MM-DD' date (the 31st becomes the month's last day). */
export function addMonths(day: string, months: number): string {
	const [y, m, d] = day.split('-').map(Number);
	const target = new Date(Date.UTC(y, m - 1 + months, 1));
	const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
	target.setUTCDate(Math.min(d, last));
	return target.toISOString().slice(0, 10);
}

/** The planned shape of a role: hours a week over a period (open-ended) or its shifts. */
export interface PlannedWork {
	hoursPerWeek: number | null;
	startsOn: string | null;
	endsOn: string | null;
	/** Shifts the volunteer is accepted for: [start, end] instants. */
	shifts: readonly { startsAt: Date; endsAt: Date }[];
}

/** Monday (ISO week start) of a 'YYYY-MM-DD' day, as 'YYYY-MM-DD'. */
export function weekStartOf(day: string): string {
	const date = new Date(`${day}T00:00:00Z`);
	const weekday = (date.getUTCDay() + 6) % 7;
	date.setUTCDate(date.getUTCDate() - weekday);
	return date.toISOString().slice(0, 10);
}

/**
 * Whether a week-by-week list of minutes has a run of consecutive weeks, each above the weekly
 * limit, lasting three months or more: the law's "more than 10 hours a week, without a break, at
 * least three months".
 */
export function hasLongTermRun(minutesByDay: ReadonlyMap<string, number>): boolean {
	const weeks = new Map<string, number>();
	for (const [day, minutes] of minutesByDay) {
		const week = weekStartOf(day);
		weeks.set(week, (weeks.get(week) ?? 0) + minutes);
	}
	const busy = [...weeks.entries()]
		.filter(([, minutes]) => minutes > LONG_TERM_HOURS_PER_WEEK * 60)
		.map(([week]) => week)
		.sort();
	let run = 0;
	let previous: string | null = null;
	for (const week of busy) {
		const expected: string | null = previous ? nextWeek(previous) : null;
		run = previous && week === expected ? run + 1 : 1;
		if (run >= LONG_TERM_WEEKS) return true;
		previous = week;
	}
	return false;
}

function nextWeek(week: string): string {
	const date = new Date(`${week}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() + 7);
	return date.toISOString().slice(0, 10);
}

/** Whether the planned work is long-term: an open-ended role's hours and period, or the shifts by week. */
export function isLongTermByPlan(plan: PlannedWork): boolean {
	if (plan.hoursPerWeek !== null && plan.startsOn && plan.endsOn) {
		if (plan.hoursPerWeek > LONG_TERM_HOURS_PER_WEEK && plan.endsOn >= addMonths(plan.startsOn, LONG_TERM_MONTHS))
			return true;
	}
	const byDay = new Map<string, number>();
	for (const shift of plan.shifts) {
		const day = belgradeDate(shift.startsAt);
		const minutes = Math.round((shift.endsAt.getTime() - shift.startsAt.getTime()) / 60_000);
		byDay.set(day, (byDay.get(day) ?? 0) + minutes);
	}
	return hasLongTermRun(byDay);
}

/** Recorded (approved) hours as they count for the law: minutes by day worked. */
export function isLongTermByRecord(records: readonly { workedOn: string; minutes: number }[]): boolean {
	const byDay = new Map<string, number>();
	for (const record of records) byDay.set(record.workedOn, (byDay.get(record.workedOn) ?? 0) + record.minutes);
	return hasLongTermRun(byDay);
}

export type ContractReasonKey = 'minor' | 'long_term_planned' | 'long_term_recorded' | 'requested';

/**
 * Why a written contract is required for this volunteer and role (art. 13): a minor at the first
 * shift's date (or the role's start), long-term by plan or by recorded hours, or on request. Empty: none.
 */
export function contractReasons(input: {
	birthDate: string | null;
	/** The first day of the work: the earliest shift or the role's start. */
	firstDay: string;
	plan: PlannedWork;
	recorded: readonly { workedOn: string; minutes: number }[];
	requested: boolean;
}): ContractReasonKey[] {
	const reasons: ContractReasonKey[] = [];
	if (input.birthDate && isMinorOn(input.birthDate, input.firstDay)) reasons.push('minor');
	if (isLongTermByPlan(input.plan)) reasons.push('long_term_planned');
	if (isLongTermByRecord(input.recorded)) reasons.push('long_term_recorded');
	if (input.requested) reasons.push('requested');
	return reasons;
}

/** Minutes a shift lasts: the most hours that can be recorded for it. */
export function shiftMinutes(shift: { startsAt: Date; endsAt: Date }): number {
	return Math.round((shift.endsAt.getTime() - shift.startsAt.getTime()) / 60_000);
}

/** Hours totals of a volunteer's approved records: overall, by calendar year and by organiser. */
export function hoursTotals(records: readonly { workedOn: string; minutes: number; organiser: string }[]): {
	totalMinutes: number;
	byYear: Map<number, number>;
	byOrganiser: Map<string, number>;
} {
	const byYear = new Map<number, number>();
	const byOrganiser = new Map<string, number>();
	let totalMinutes = 0;
	for (const record of records) {
		totalMinutes += record.minutes;
		const year = Number(record.workedOn.slice(0, 4));
		byYear.set(year, (byYear.get(year) ?? 0) + record.minutes);
		byOrganiser.set(record.organiser, (byOrganiser.get(record.organiser) ?? 0) + record.minutes);
	}
	return { totalMinutes, byYear, byOrganiser };
}

/** Minutes as hours with up to two decimals, e.g. 90 → 1.5. */
export function minutesToHours(minutes: number): number {
	return Math.round((minutes / 60) * 100) / 100;
}

/**
 * Why a shift cannot be changed to this start and number of places, or null: it may not start in the
 * past, nor have fewer places than the volunteers already accepted.
 */
export function shiftChangeRefusal(
	next: { startsAt: Date; places: number },
	accepted: number,
	now: Date
): 'past' | 'belowAccepted' | null {
	if (next.startsAt <= now) return 'past';
	if (next.places < accepted) return 'belowAccepted';
	return null;
}

/** Which waiting applications take the free places, oldest first, skipping those who may not be accepted yet. */
export function waitlistPromotions<T extends { createdAt: Date; mayBeAccepted: boolean }>(
	waiting: readonly T[],
	freePlaces: number
): T[] {
	if (freePlaces <= 0) return [];
	return [...waiting]
		.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
		.filter((entry) => entry.mayBeAccepted)
		.slice(0, freePlaces);
}
