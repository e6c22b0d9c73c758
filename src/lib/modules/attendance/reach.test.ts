import { describe, expect, it } from 'vitest';
import { computeReach, type ReachPerson } from './reach.ts';
import { DEFAULT_AGE_BANDS } from './statistics.ts';

const person = (over: Partial<ReachPerson>): ReachPerson => ({
	userId: null,
	email: '',
	phone: '',
	birthYear: null,
	gender: null,
	eventYear: 2026,
	isWalkIn: false,
	sessionIds: ['s1'],
	place: '',
	...over
});
const settlements = [
	{ name: 'Ивањица', isUrban: true },
	{ name: 'Кушићи', isUrban: false }
];

describe('young people reached', () => {
	it('counts a person once across events, by account, e-mail or phone, transitively', () => {
		const reach = computeReach({
			people: [
				person({ email: 'ana@example.org', gender: 'female', birthYear: 2008, place: 'Ivanjica' }),
				// the same Ana, another event, now with her phone too
				person({ email: 'ANA@example.org ', phone: '+381 64 111', gender: null }),
				// the same Ana, by phone only
				person({ phone: '+38164111', place: 'Кушићи' }),
				person({ userId: 'u1', email: 'marko@example.org', gender: 'male', birthYear: 1990 }),
				person({ userId: 'u1', email: 'marko.other@example.org' }),
				// registered but never came: not reached
				person({ email: 'absent@example.org', sessionIds: [] }),
				// a walk-in with nothing to match on is a person of their own
				person({ isWalkIn: true, sessionIds: [] })
			],
			headcounts: [],
			bands: DEFAULT_AGE_BANDS,
			settlements
		});
		expect(reach.registeredPeople).toBe(3);
		expect(reach.reached).toBe(3);
		// Ana's first gender and place are kept; Marko is 36 in 2026
		expect(reach.byGender).toEqual({ female: 1, male: 1, other: 0, unspecified: 1 });
		expect(reach.byBand.find((row) => row.band === '15-19')?.count).toBe(1);
		expect(reach.byBand.find((row) => row.band === 'over-30')?.count).toBe(1);
		expect(reach.byBand.find((row) => row.band === 'unknown')?.count).toBe(1);
		// "Ivanjica" typed in Latin is the settlement on the list
		expect(reach.bySettlement).toEqual([
			{ name: 'Ивањица', count: 1 },
			{ name: 'Кушићи', count: 0 },
			{ name: '', count: 2 }
		]);
		expect(reach.byArea).toEqual({ urban: 1, rural: 0, unknown: 2 });
	});

	it('adds anonymous headcounts (already the largest per event) to every breakdown', () => {
		const reach = computeReach({
			people: [person({ email: 'a@example.org', gender: 'female', birthYear: 2006 })],
			headcounts: [
				{ byBand: { '15-19': { male: 4, female: 2 } }, vulnerable: { roma: 3 } },
				{ byBand: { '20-24': { other: 1 } }, vulnerable: { roma: 1, disability: 2 } }
			],
			bands: DEFAULT_AGE_BANDS,
			settlements
		});
		expect(reach.headcount).toBe(7);
		expect(reach.reached).toBe(8);
		expect(reach.byGender).toEqual({ female: 3, male: 4, other: 1, unspecified: 0 });
		expect(reach.byBand.reduce((sum, row) => sum + row.count, 0)).toBe(8);
		expect(reach.byArea.unknown).toBe(8);
		expect(reach.vulnerable).toEqual({ roma: 4, disability: 2 });
	});
});
