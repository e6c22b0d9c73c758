// Indicators whose actual values the platform counts from its own records instead of staff typing
// them. Counted on every read from the events linked to the indicator's measure (or, for a goal's
// indicator, to any of the goal's measures; links to an activity carry its measure too), so the
// numbers are always current; a submitted monitoring report freezes them like typed ones.
//
// The rules (docs/decisions/0011-computed-indicators.md):
// - an event counts in a calendar year (Belgrade time) when one of its sessions started in that year
//   and has started by now; drafts and cancelled events never count;
// - `events_held`: how many such events;
// - `event_participants`: the different people who came to those sessions (one person at three
//   events of the year counts once), plus each event's anonymous headcount. Both come from the
//   attendance module's figures (manifest `eventAttendance`, `attendanceFigures`) over the event's
//   sessions of the year, so one event reads here as its `participants` on the registrations page,
//   the results and the statistics (walk-ins included, the largest session headcount, never a sum);
// - `volunteers`: counted like participants, over events of the type `volunteer_action` only, until
//   a volunteering module records volunteering itself;
// - years after the current one have no value yet (null), earlier years of the plan count from zero.
import type { ComputedMeasure } from './schema.ts';
import type { EventStatus, EventType } from '../events/schema.ts';
import type { EventAttendance, EventAttendanceGroup } from '../../server/manifest.ts';
import { wallClock } from '../../i18n/office-time.ts';

/** A linked event as counting sees it. */
export interface CountedEvent {
	id: string;
	status: EventStatus;
	type: EventType;
	sessions: { id: string; startsAt: Date }[];
}

/** Everything the counts are made from, loaded once for a whole plan. */
export interface CountingFacts {
	events: readonly CountedEvent[];
	/** Who came to each event's sessions of a year, by `attendanceKey` (see `attendanceGroups`). */
	attendance: ReadonlyMap<string, EventAttendance>;
}

/** The facts indexed for counting many indicators. */
export interface CountingIndex {
	events: Map<string, CountedEvent>;
	attendance: ReadonlyMap<string, EventAttendance>;
}

/** Indexes the facts by event. */
export function indexCountingFacts(facts: CountingFacts): CountingIndex {
	return { events: new Map(facts.events.map((event) => [event.id, event])), attendance: facts.attendance };
}

const NEVER_HELD: readonly EventStatus[] = ['draft', 'cancelled'];

/** The key of an event's attendance in one year. */
export const attendanceKey = (eventId: string, year: number) => `${eventId} ${year}`;

/** An event's sessions that count in a year: started in that year (Belgrade time) and by now. */
function sessionsOfYear(event: CountedEvent, year: number, now: Date) {
	return event.sessions.filter(
		(session) => session.startsAt.getTime() <= now.getTime() && wallClock(session.startsAt).year === year
	);
}

/** The groups of sessions whose attendance the counts need: each held event's sessions of each year. */
export function attendanceGroups(
	events: readonly CountedEvent[],
	period: { firstYear: number; lastYear: number },
	now: Date
): EventAttendanceGroup[] {
	const groups: EventAttendanceGroup[] = [];
	const lastYear = Math.min(period.lastYear, wallClock(now).year);
	for (const event of events) {
		if (NEVER_HELD.includes(event.status)) continue;
		for (let year = period.firstYear; year <= lastYear; year++) {
			const sessions = sessionsOfYear(event, year, now);
			if (sessions.length > 0)
				groups.push({ key: attendanceKey(event.id, year), eventId: event.id, sessionIds: sessions.map((s) => s.id) });
		}
	}
	return groups;
}

/** One year's count of a measure over the given events. */
export function countForYear(
	measure: ComputedMeasure,
	eventIds: Iterable<string>,
	index: CountingIndex,
	year: number,
	now: Date
): number {
	let held = 0;
	let anonymous = 0;
	const people = new Set<string>();
	for (const eventId of new Set(eventIds)) {
		const event = index.events.get(eventId);
		if (!event || NEVER_HELD.includes(event.status)) continue;
		if (measure === 'volunteers' && event.type !== 'volunteer_action') continue;
		if (sessionsOfYear(event, year, now).length === 0) continue;
		held++;
		const came = index.attendance.get(attendanceKey(event.id, year));
		for (const person of came?.people ?? []) people.add(person);
		anonymous += came?.headcount ?? 0;
	}
	return measure === 'events_held' ? held : people.size + anonymous;
}

/** The counted actual for every year of the plan's period: null for years still to come. */
export function computeActuals(
	measure: ComputedMeasure,
	eventIds: Iterable<string>,
	index: CountingIndex,
	period: { firstYear: number; lastYear: number },
	now: Date
): Map<number, number | null> {
	const ids = [...eventIds];
	const currentYear = wallClock(now).year;
	const actuals = new Map<number, number | null>();
	for (let year = period.firstYear; year <= period.lastYear; year++)
		actuals.set(year, year > currentYear ? null : countForYear(measure, ids, index, year, now));
	return actuals;
}

/** Yearly values with the counted actuals in place of typed ones (typed rows stay stored, unused). */
export function withComputedActuals<
	Row extends {
		indicatorId: string;
		officeId: string;
		year: number;
		target: number | null;
		actual: number | null;
		source: string;
		note: string;
		computedAt: Date | null;
	}
>(
	indicator: { id: string; officeId: string },
	stored: readonly Row[],
	actuals: Map<number, number | null>,
	now: Date
): Row[] {
	const byYear = new Map(stored.map((row) => [row.year, row]));
	const years = [...new Set([...byYear.keys(), ...actuals.keys()])].sort((a, b) => a - b);
	const rows: Row[] = [];
	for (const year of years) {
		const row = byYear.get(year);
		const actual = actuals.get(year) ?? null;
		if (!row && actual === null) continue;
		rows.push({
			...(row ?? ({ indicatorId: indicator.id, officeId: indicator.officeId, year, target: null } as Row)),
			actual,
			source: '',
			note: '',
			computedAt: now
		});
	}
	return rows;
}
