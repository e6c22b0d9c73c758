import { describe, expect, it } from 'vitest';
import { COMPUTED_MEASURES } from './schema.ts';
import { COMPUTED_MEASURE_LIST } from './view.ts';
import {
	attendanceGroups,
	attendanceKey,
	computeActuals,
	countForYear,
	indexCountingFacts,
	withComputedActuals,
	type CountedEvent,
	type CountingFacts
} from './computed.ts';

const NOW = new Date('2026-06-15T10:00:00Z');
const at = (iso: string) => new Date(iso);

function came(people: string[], headcount = 0) {
	return { people, headcount, participants: people.length + headcount };
}

function event(id: string, sessions: [string, string][], overrides: Partial<CountedEvent> = {}): CountedEvent {
	return {
		id,
		status: 'finished',
		type: 'workshop',
		sessions: sessions.map(([sessionId, startsAt]) => ({ id: sessionId, startsAt: at(startsAt) })),
		...overrides
	};
}

const facts: CountingFacts = {
	events: [
		event('workshop', [['w1', '2026-03-10T16:00:00Z']]),
		// A course of two meetings in 2026: the same people both times, and an anonymous group of 4 and then 3.
		event('course', [
			['c1', '2026-04-01T16:00:00Z'],
			['c2', '2026-04-08T16:00:00Z']
		]),
		event('cleanup', [['v1', '2026-05-09T08:00:00Z']], { type: 'volunteer_action' }),
		event('cancelled', [['x1', '2026-02-01T16:00:00Z']], { status: 'cancelled' }),
		event('draft', [['d1', '2026-02-02T16:00:00Z']], { status: 'draft' }),
		event('last-year', [['l1', '2025-11-20T16:00:00Z']]),
		// 23:30 on 31 December in Belgrade is still 2025 there, though 22:30 UTC.
		event('new-year-eve', [['n1', '2025-12-31T22:30:00Z']]),
		event('later', [['f1', '2026-09-01T16:00:00Z']], { status: 'published' })
	],
	// What the attendance module tells (manifest `eventAttendance`) for each event's sessions of a year.
	attendance: new Map([
		[attendanceKey('workshop', 2026), came(['ana', 'bojan'])],
		// The course's headcounts were 4 and then 3: the attendance figures give the largest, 4.
		[attendanceKey('course', 2026), came(['ana', 'vesna'], 4)],
		[attendanceKey('cleanup', 2026), came(['goran', 'ana'], 2)],
		[attendanceKey('cancelled', 2026), came(['dejan'], 10)],
		[attendanceKey('draft', 2026), came(['dejan'])],
		[attendanceKey('last-year', 2025), came(['dejan'])],
		[attendanceKey('new-year-eve', 2025), came(['zoran'])]
	])
};
const index = indexCountingFacts(facts);
const ALL = facts.events.map((row) => row.id);

describe('countForYear', () => {
	it('counts events held in the year, leaving out drafts, cancelled events and sessions still to come', () => {
		expect(countForYear('events_held', ALL, index, 2026, NOW)).toBe(3);
		expect(countForYear('events_held', ALL, index, 2026, at('2026-12-31T12:00:00Z'))).toBe(4);
		expect(countForYear('events_held', ALL, index, 2025, NOW)).toBe(2);
	});

	it('takes the year from Belgrade’s calendar', () => {
		expect(countForYear('events_held', ['new-year-eve'], index, 2025, NOW)).toBe(1);
		expect(countForYear('events_held', ['new-year-eve'], index, 2026, NOW)).toBe(0);
	});

	it('counts each person once over the year and adds each event’s anonymous headcount', () => {
		// ana, bojan, vesna, goran + course 4 (not 4 + 3) + cleanup 2.
		expect(countForYear('event_participants', ALL, index, 2026, NOW)).toBe(10);
		expect(countForYear('event_participants', ['workshop'], index, 2026, NOW)).toBe(2);
		expect(countForYear('event_participants', ['workshop', 'workshop'], index, 2026, NOW)).toBe(2);
		expect(countForYear('event_participants', ALL, index, 2025, NOW)).toBe(2);
	});

	it('counts volunteers only at volunteer actions', () => {
		expect(countForYear('volunteers', ALL, index, 2026, NOW)).toBe(4);
		expect(countForYear('volunteers', ['workshop', 'course'], index, 2026, NOW)).toBe(0);
	});

	it('is zero without linked events or for events it does not know', () => {
		expect(countForYear('event_participants', [], index, 2026, NOW)).toBe(0);
		expect(countForYear('events_held', ['unknown'], index, 2026, NOW)).toBe(0);
	});
});

describe('attendanceGroups', () => {
	it('asks for each held event’s sessions of each year of the plan that have started', () => {
		const groups = attendanceGroups(facts.events, { firstYear: 2025, lastYear: 2030 }, NOW);
		expect(groups.map((group) => [group.key, group.sessionIds])).toEqual([
			[attendanceKey('workshop', 2026), ['w1']],
			[attendanceKey('course', 2026), ['c1', 'c2']],
			[attendanceKey('cleanup', 2026), ['v1']],
			[attendanceKey('last-year', 2025), ['l1']],
			[attendanceKey('new-year-eve', 2025), ['n1']]
		]);
	});
});

describe('computeActuals', () => {
	it('counts every year of the plan up to the current one and leaves later years empty', () => {
		const actuals = computeActuals('events_held', ALL, index, { firstYear: 2024, lastYear: 2028 }, NOW);
		expect([...actuals]).toEqual([
			[2024, 0],
			[2025, 2],
			[2026, 3],
			[2027, null],
			[2028, null]
		]);
	});
});

describe('withComputedActuals', () => {
	const stored = [
		{
			indicatorId: 'i',
			officeId: 'o',
			year: 2025,
			target: 10,
			actual: 99,
			source: 'typed',
			note: 'old',
			computedAt: null
		},
		{ indicatorId: 'i', officeId: 'o', year: 2027, target: 30, actual: null, source: '', note: '', computedAt: null }
	];
	it('keeps the targets, puts the counts in place of typed actuals and adds years that had no row', () => {
		const actuals = new Map<number, number | null>([
			[2025, 4],
			[2026, 7],
			[2027, null]
		]);
		const rows = withComputedActuals({ id: 'i', officeId: 'o' }, stored, actuals, NOW);
		expect(rows.map(({ year, target, actual, source }) => ({ year, target, actual, source }))).toEqual([
			{ year: 2025, target: 10, actual: 4, source: '' },
			{ year: 2026, target: null, actual: 7, source: '' },
			{ year: 2027, target: 30, actual: null, source: '' }
		]);
		expect(rows.every((row) => row.computedAt === NOW)).toBe(true);
	});
});

describe('the form’s choices', () => {
	it('offer exactly what the schema can store', () => {
		expect([...COMPUTED_MEASURE_LIST]).toEqual([...COMPUTED_MEASURES]);
	});
});
