import { belgradeToInstant, wallClock } from '../i18n/office-time.ts';
import type { YearPeriods } from './manifest.ts';

const two = (value: number) => String(value).padStart(2, '0');

/** The Belgrade calendar date `days` after the given one, as YYYY-MM-DD. */
function addDays(year: number, month: number, day: number, days: number): string {
	const date = new Date(Date.UTC(year, month - 1, day + days, 12));
	return `${date.getUTCFullYear()}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())}`;
}

/**
 * This year from 1 January (Belgrade time) up to `now`, and last year from 1 January up to the same
 * day and time, so the dashboard compares like with like in March as in December.
 */
export function yearPeriodsAt(now: Date): YearPeriods {
	const clock = wallClock(now);
	const year = clock.year;
	// 29 February has no counterpart last year: use the 28th.
	const day = clock.month === 2 && clock.day === 29 ? 28 : clock.day;
	return {
		year,
		current: { from: belgradeToInstant(`${year}-01-01`, '00:00'), to: now },
		previous: {
			from: belgradeToInstant(`${year - 1}-01-01`, '00:00'),
			to: belgradeToInstant(`${year - 1}-${two(clock.month)}-${two(day)}`, `${two(clock.hour)}:${two(clock.minute)}`)
		}
	};
}

/** Today (from Belgrade midnight to the next) and the rest of this week (up to Monday midnight). */
export function dayAndWeekAt(now: Date): { dayStart: Date; dayEnd: Date; weekEnd: Date } {
	const { year, month, day } = wallClock(now);
	// The Belgrade weekday (0 = Sunday); the week ends on Sunday night.
	const weekday = new Date(Date.UTC(year, month - 1, day, 12)).getUTCDay();
	const daysToMonday = weekday === 0 ? 1 : 8 - weekday;
	return {
		dayStart: belgradeToInstant(addDays(year, month, day, 0), '00:00'),
		dayEnd: belgradeToInstant(addDays(year, month, day, 1), '00:00'),
		weekEnd: belgradeToInstant(addDays(year, month, day, daysToMonday), '00:00')
	};
}
