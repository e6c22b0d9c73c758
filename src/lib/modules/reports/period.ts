// The period of the office's statistics: a calendar year, a quarter or any stretch of days, always in
// Belgrade days. An event at 00:30 on 1 January in Belgrade (23:30 on 31 December in UTC) belongs to
// the new year; the bounds are Belgrade midnights, summer time included.
import { addDays, belgradeToInstant, isDateText } from '../../i18n/office-time.ts';

export const PERIOD_KINDS = ['year', 'quarter', 'custom'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** A chosen period: Belgrade calendar days from `fromDay` to `toDay`, both included. */
export interface StatisticsPeriod {
	kind: PeriodKind;
	year: number;
	/** 1–4 for a quarter, else null. */
	quarter: number | null;
	/** First day, YYYY-MM-DD. */
	fromDay: string;
	/** Last day, included, YYYY-MM-DD. */
	lastDay: string;
}

/** The instants and days a module counts between: `to` and `toDay` are the day after the last one. */
export interface PeriodBounds {
	from: Date;
	to: Date;
	fromDay: string;
	toDay: string;
}

const two = (value: number) => String(value).padStart(2, '0');

/** Calendar-day arithmetic is the office's one helper (office-time.ts), offered here too. */
export { addDays };

/** A whole calendar year. */
export function yearPeriod(year: number): StatisticsPeriod {
	return { kind: 'year', year, quarter: null, fromDay: `${year}-01-01`, lastDay: `${year}-12-31` };
}

/** A quarter (1–4) of a year. */
export function quarterPeriod(year: number, quarter: number): StatisticsPeriod {
	const firstMonth = (quarter - 1) * 3 + 1;
	const next = quarter === 4 ? `${year + 1}-01-01` : `${year}-${two(firstMonth + 3)}-01`;
	return { kind: 'quarter', year, quarter, fromDay: `${year}-${two(firstMonth)}-01`, lastDay: addDays(next, -1) };
}

/** The instants a period covers: from Belgrade midnight of its first day to Belgrade midnight after its last. */
export function periodBounds(period: Pick<StatisticsPeriod, 'fromDay' | 'lastDay'>): PeriodBounds {
	const toDay = addDays(period.lastDay, 1);
	return {
		from: belgradeToInstant(period.fromDay, '00:00'),
		to: belgradeToInstant(toDay, '00:00'),
		fromDay: period.fromDay,
		toDay
	};
}

/** The same period one year earlier (29 February becomes the 28th), for year-over-year comparison. */
export function previousYearPeriod(period: StatisticsPeriod): StatisticsPeriod {
	const back = (day: string) => {
		const [year, month, date] = day.split('-').map(Number);
		const safeDate = month === 2 && date === 29 ? 28 : date;
		return `${year - 1}-${two(month)}-${two(safeDate)}`;
	};
	if (period.kind === 'year') return yearPeriod(period.year - 1);
	if (period.kind === 'quarter') return quarterPeriod(period.year - 1, period.quarter ?? 1);
	return { ...period, year: period.year - 1, fromDay: back(period.fromDay), lastDay: back(period.lastDay) };
}

export const EARLIEST_YEAR = 2000;
/** A custom period may span at most this many days (a bigger question is a few years' reports). */
export const LONGEST_CUSTOM_DAYS = 366 * 5;

export type PeriodProblem = 'year' | 'quarter' | 'from' | 'to' | 'order' | 'length';

/**
 * Reads the period from the address: `period` (year | quarter | custom), `year`, `quarter`, `from`,
 * `to`. Missing values fall back to this year (Belgrade) so the page always opens on something.
 */
export function readPeriod(
	params: URLSearchParams,
	today: string
): { ok: true; period: StatisticsPeriod } | { ok: false; problem: PeriodProblem } {
	const thisYear = Number(today.slice(0, 4));
	const kind = (PERIOD_KINDS as readonly string[]).includes(params.get('period') ?? '')
		? (params.get('period') as PeriodKind)
		: 'year';
	if (kind === 'custom') {
		const from = (params.get('from') ?? '').trim();
		const to = (params.get('to') ?? '').trim();
		if (!isDateText(from)) return { ok: false, problem: 'from' };
		if (!isDateText(to)) return { ok: false, problem: 'to' };
		if (to < from) return { ok: false, problem: 'order' };
		const days = (Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000;
		if (days > LONGEST_CUSTOM_DAYS) return { ok: false, problem: 'length' };
		return { ok: true, period: { kind, year: Number(from.slice(0, 4)), quarter: null, fromDay: from, lastDay: to } };
	}
	const yearText = (params.get('year') ?? '').trim();
	const year = yearText === '' ? thisYear : Number(yearText);
	if (!/^\d{4}$/.test(yearText || String(thisYear)) || year < EARLIEST_YEAR || year > thisYear + 1)
		return { ok: false, problem: 'year' };
	if (kind === 'year') return { ok: true, period: yearPeriod(year) };
	const quarterText = (params.get('quarter') ?? '').trim();
	const quarter = quarterText === '' ? Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1 : Number(quarterText);
	if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) return { ok: false, problem: 'quarter' };
	return { ok: true, period: quarterPeriod(year, quarter) };
}

/** The address parameters of a period (for links, downloads and the report). */
export function periodParams(period: StatisticsPeriod): Record<string, string> {
	if (period.kind === 'custom') return { period: 'custom', from: period.fromDay, to: period.lastDay };
	if (period.kind === 'quarter')
		return { period: 'quarter', year: String(period.year), quarter: String(period.quarter) };
	return { period: 'year', year: String(period.year) };
}
