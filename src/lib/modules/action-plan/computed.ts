// Indicators whose actual values the platform counts from its own records instead of staff typing
// them. Counted on every read from the events linked to the indicator's measure (or, for a goal's
// indicator, to any of the goal's measures; links to an activity carry its measure too), so the
// numbers are always current; a submitted monitoring report freezes them like typed ones.
//
// The rules (docs/decisions/0011-computed-indicators.md):
// - an event counts in a calendar year (Belgrade time) when one of its sessions started in that year
//   and has started by now; drafts and cancelled events never count;
// - `events_held`: how many such events;
// - `event_participants`: the different people checked in at those sessions (one person at three
//   events of the year counts once), plus the anonymous headcounts: they are people who came but
//   cannot be told apart, so per event the largest session headcount of the year is added (the same
//   anonymous group at eight meetings of a course is not eight groups);
// - `volunteers`: counted like participants, over events of the type `volunteer_action` only, until
//   a volunteering module records volunteering itself;
// - years after the current one have no value yet (null), earlier years of the plan count from zero.
import type { ComputedMeasure } from './schema.ts';
import type { EventStatus, EventType } from '../events/schema.ts';
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
	/** Who was checked in at which session; `person` is the same for one person's registrations. */
	attendees: readonly { sessionId: string; person: string }[];
	/** Anonymous people counted at the door, per session. */
	headcounts: readonly { sessionId: string; total: number }[];
}

/** The facts indexed for counting many indicators. */
export interface CountingIndex {
	events: Map<string, CountedEvent>;
	people: Map<string, string[]>;
	headcount: Map<string, number>;
}

/** Indexes the facts by event and session. */
export function indexCountingFacts(facts: CountingFacts): CountingIndex {
	const people = new Map<string, string[]>();
	for (const row of facts.attendees) people.set(row.sessionId, [...(people.get(row.sessionId) ?? []), row.person]);
	const headcount = new Map<string, number>();
	for (const row of facts.headcounts) headcount.set(row.sessionId, (headcount.get(row.sessionId) ?? 0) + row.total);
	return { events: new Map(facts.events.map((event) => [event.id, event])), people, headcount };
}

const NEVER_HELD: readonly EventStatus[] = ['draft', 'cancelled'];

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
		const sessions = event.sessions.filter(
			(session) => session.startsAt.getTime() <= now.getTime() && wallClock(session.startsAt).year === year
		);
		if (sessions.length === 0) continue;
		held++;
		let largestHeadcount = 0;
		for (const session of sessions) {
			for (const person of index.people.get(session.id) ?? []) people.add(person);
			largestHeadcount = Math.max(largestHeadcount, index.headcount.get(session.id) ?? 0);
		}
		anonymous += largestHeadcount;
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
