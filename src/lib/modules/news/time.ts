// Staff type dates and times as they read them on the office wall: Belgrade time. The database keeps
// instants; these turn one into the other, summer time included, without a time-zone library.

const ZONE = 'Europe/Belgrade';
const parts = new Intl.DateTimeFormat('en-GB', {
	timeZone: ZONE,
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	second: '2-digit',
	hourCycle: 'h23'
});

function wallClock(instant: Date): {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
	second: number;
} {
	const get = (type: Intl.DateTimeFormatPartTypes) =>
		Number(parts.formatToParts(instant).find((part) => part.type === type)?.value);
	return {
		year: get('year'),
		month: get('month'),
		day: get('day'),
		hour: get('hour'),
		minute: get('minute'),
		second: get('second')
	};
}

/** Minutes Belgrade is ahead of UTC at an instant (60 in winter, 120 in summer). */
function offsetMinutes(instant: Date): number {
	const wall = wallClock(instant);
	const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
	return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** `2025-03-30T10:00` (a datetime-local value, Belgrade time) as an instant, or null when it is not one. */
export function parseBelgradeDateTime(value: string): Date | null {
	const match = LOCAL.exec(value.trim());
	if (!match) return null;
	const [year, month, day, hour, minute] = match.slice(1).map(Number);
	if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
	const naive = Date.UTC(year, month - 1, day, hour, minute);
	// The offset at the guessed instant can differ from the one at the answer only around a clock change.
	let instant = new Date(naive - offsetMinutes(new Date(naive)) * 60_000);
	instant = new Date(naive - offsetMinutes(instant) * 60_000);
	const check = wallClock(instant);
	if (check.day !== day || check.month !== month) return null;
	return instant;
}

/** An instant as a datetime-local value in Belgrade time (for a form field). */
export function toBelgradeDateTime(instant: Date | null | undefined): string {
	if (!instant) return '';
	const wall = wallClock(instant);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${wall.year}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}`;
}
