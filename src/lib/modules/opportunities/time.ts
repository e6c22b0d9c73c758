// Deadlines are typed and shown in the office's time (Europe/Belgrade) and stored as instants.
// Whether an opportunity is open, closing soon or closed follows from its deadline and the moment of
// reading, never stored.

export const OFFICE_TIME_ZONE = 'Europe/Belgrade';
export const CLOSING_SOON_DAYS = 7;
export const CLOSING_SOON_MS = CLOSING_SOON_DAYS * 24 * 60 * 60 * 1000;

export type OpportunityState = 'open' | 'closingSoon' | 'closed';

/** Open until the deadline has passed; closing soon in the last seven days (the deadline minute included). */
export function opportunityState(deadline: Date | null, now: Date): OpportunityState {
	if (!deadline) return 'open';
	const left = deadline.getTime() - now.getTime();
	if (left < 0) return 'closed';
	return left <= CLOSING_SOON_MS ? 'closingSoon' : 'open';
}

const parts = new Intl.DateTimeFormat('en-US', {
	timeZone: OFFICE_TIME_ZONE,
	hourCycle: 'h23',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	second: '2-digit'
});

function wallClock(instant: Date) {
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

/** The instant at which Belgrade's clock shows this date and time. */
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
	const two = (value: number) => String(value).padStart(2, '0');
	return {
		date: `${clock.year}-${two(clock.month)}-${two(clock.day)}`,
		time: `${two(clock.hour)}:${two(clock.minute)}`
	};
}
