// Staff type dates and times as they read them on the office wall: Belgrade time. The database keeps
// instants; these turn one into the other, summer time included, without a time-zone library.

import { dateTimeFormat } from './formatters.ts';

export const OFFICE_TIME_ZONE = 'Europe/Belgrade';

const parts = dateTimeFormat('en-US', {
	timeZone: OFFICE_TIME_ZONE,
	hourCycle: 'h23',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	second: '2-digit'
});

/** What Belgrade's clock shows at an instant. */
export function wallClock(instant: Date): {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
	second: number;
} {
	const values = Object.fromEntries(parts.formatToParts(instant).map((part) => [part.type, part.value]));
	return {
		year: Number(values.year),
		month: Number(values.month),
		day: Number(values.day),
		hour: Number(values.hour),
		minute: Number(values.minute),
		second: Number(values.second)
	};
}

/** How far Belgrade's clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: Date): number {
	const clock = wallClock(instant);
	const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
	return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const LOCAL = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;
const two = (value: number) => String(value).padStart(2, '0');

/** Whether a value is a real calendar date in the form YYYY-MM-DD. */
export function isDateText(value: string): boolean {
	const match = DATE.exec(value);
	if (!match) return false;
	const [year, month, day] = match.slice(1).map(Number);
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Whether a value is a time of day in the form HH:MM. */
export function isTimeText(value: string): boolean {
	return TIME.test(value);
}

/** The instant at which Belgrade's clock shows this date and time (both already valid). */
export function belgradeToInstant(date: string, time: string): Date {
	const [year, month, day] = DATE.exec(date)!.slice(1).map(Number);
	const [hour, minute] = TIME.exec(time)!.slice(1).map(Number);
	const wall = Date.UTC(year, month - 1, day, hour, minute);
	// Two rounds settle the offset even next to a daylight-saving change.
	const first = wall - offsetAt(new Date(wall));
	return new Date(wall - offsetAt(new Date(first)));
}

/** The date (YYYY-MM-DD) and time (HH:MM) Belgrade's clock shows at an instant, for form fields. */
export function instantToBelgrade(instant: Date): { date: string; time: string } {
	const clock = wallClock(instant);
	return {
		date: `${clock.year}-${two(clock.month)}-${two(clock.day)}`,
		time: `${two(clock.hour)}:${two(clock.minute)}`
	};
}

/** `2025-03-30T10:00` (a datetime-local value, Belgrade time) as an instant, or null when it is not one. */
export function parseBelgradeDateTime(value: string): Date | null {
	const match = LOCAL.exec(value.trim());
	if (!match || !isDateText(match[1]) || !isTimeText(match[2])) return null;
	return belgradeToInstant(match[1], match[2]);
}

/** An instant as a datetime-local value in Belgrade time (for a form field). */
export function toBelgradeDateTime(instant: Date | null | undefined): string {
	if (!instant) return '';
	const { date, time } = instantToBelgrade(instant);
	return `${date}T${time}`;
}

/** How a day relates to today, in Belgrade: for "today", "tomorrow" or a date in messages. */
export type DayRelation = 'today' | 'tomorrow' | 'later';

/** Whether `instant` falls today, tomorrow or later by Belgrade's calendar at `now`. */
export function dayRelation(instant: Date, now: Date): DayRelation {
	const day = instantToBelgrade(instant).date;
	const today = instantToBelgrade(now).date;
	if (day <= today) return 'today';
	// Noon today plus a day is tomorrow's date in Belgrade whatever the daylight-saving change.
	const tomorrow = instantToBelgrade(new Date(belgradeToInstant(today, '12:00').getTime() + 24 * 3600_000)).date;
	return day === tomorrow ? 'tomorrow' : 'later';
}

/**
 * A date as people in Serbia type it ("12.3.2019", "12. 3. 2019.", "12/03/2019") or as ISO
 * ("2019-03-12"), as YYYY-MM-DD; null when it is not a real date.
 */
export function parseTypedDate(text: string): string | null {
	const value = text.trim();
	if (isDateText(value)) return value;
	const match = /^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4})\s*\.?$/.exec(value);
	if (!match) return null;
	const iso = `${match[3]}-${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}`;
	return isDateText(iso) ? iso : null;
}

/** The calendar day `days` after a YYYY-MM-DD day (negative for before); months and years roll over. */
export function addDays(day: string, days: number): string {
	const [year, month, date] = day.split('-').map(Number);
	return new Date(Date.UTC(year, month - 1, date + days, 12)).toISOString().slice(0, 10);
}
