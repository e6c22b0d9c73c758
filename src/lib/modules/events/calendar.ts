// The month calendar's grid: weeks from Monday to Sunday, in Belgrade dates. Pure, so it is tested
// on its own and the page only fills the days with meetings.
import { belgradeToInstant, instantToBelgrade, isDateText } from '../../i18n/office-time.ts';

export interface CalendarDay {
	/** YYYY-MM-DD */
	date: string;
	day: number;
	inMonth: boolean;
}

const two = (value: number) => String(value).padStart(2, '0');

/** A `YYYY-MM` value, or the month of `now` in Belgrade when the value is missing or wrong. */
export function monthOf(value: string | null, now: Date = new Date()): { year: number; month: number } {
	const match = /^(\d{4})-(\d{2})$/.exec(value ?? '');
	if (match && isDateText(`${match[1]}-${match[2]}-01`) && +match[1] >= 2000 && +match[1] <= 2100) {
		return { year: +match[1], month: +match[2] };
	}
	const [year, month] = instantToBelgrade(now).date.split('-').map(Number);
	return { year, month };
}

/** The `YYYY-MM` of the month a number of months away. */
export function shiftMonth(year: number, month: number, by: number): string {
	const index = year * 12 + (month - 1) + by;
	return `${Math.floor(index / 12)}-${two((index % 12) + 1)}`;
}

/** The instants the month starts and ends at, in Belgrade time. */
export function monthRange(year: number, month: number): { from: Date; to: Date } {
	const [nextYear, nextMonth] = shiftMonth(year, month, 1).split('-').map(Number);
	return {
		from: belgradeToInstant(`${year}-${two(month)}-01`, '00:00'),
		to: belgradeToInstant(`${nextYear}-${two(nextMonth)}-01`, '00:00')
	};
}

/** The weeks (Monday first) covering a month, with the neighbouring months' days marked. */
export function monthGrid(year: number, month: number): CalendarDay[][] {
	const first = new Date(Date.UTC(year, month - 1, 1));
	const offset = (first.getUTCDay() + 6) % 7;
	const start = Date.UTC(year, month - 1, 1 - offset);
	const weeks: CalendarDay[][] = [];
	for (let week = 0; week < 6; week++) {
		const days: CalendarDay[] = [];
		for (let weekday = 0; weekday < 7; weekday++) {
			const date = new Date(start + (week * 7 + weekday) * 86_400_000);
			days.push({
				date: `${date.getUTCFullYear()}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())}`,
				day: date.getUTCDate(),
				inMonth: date.getUTCMonth() === month - 1
			});
		}
		// A sixth week only when the month reaches into it.
		if (week > 3 && !days.some((day) => day.inMonth)) break;
		weeks.push(days);
	}
	return weeks;
}
