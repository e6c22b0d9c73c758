import { describe, expect, it } from 'vitest';
import { registrationStateOf, NO_PLACES_TAKEN, type RegistrationFacts } from './registration-state.ts';

const now = new Date('2026-05-10T10:00:00Z');
const base: RegistrationFacts = {
	status: 'published',
	registrationMode: 'open',
	registrationOpensAt: null,
	registrationClosesAt: null,
	startsAt: new Date('2026-05-20T16:00:00Z'),
	endsAt: new Date('2026-05-20T18:00:00Z'),
	capacity: 20
};

describe('registrationStateOf', () => {
	it('is open with places left until the places are taken, then sends people to the waitlist', () => {
		expect(registrationStateOf(base, { ...NO_PLACES_TAKEN, held: 19 }, now)).toEqual({ state: 'open', placesLeft: 1 });
		expect(registrationStateOf(base, { ...NO_PLACES_TAKEN, held: 20 }, now)).toEqual({
			state: 'waitlist',
			placesLeft: 0
		});
	});

	it('has no limit without a capacity', () => {
		expect(registrationStateOf({ ...base, capacity: null }, { ...NO_PLACES_TAKEN, held: 500 }, now)).toEqual({
			state: 'open',
			placesLeft: null
		});
	});

	it('follows the registration window, closing at the start when no end is set', () => {
		const later = { ...base, registrationOpensAt: new Date('2026-05-12T00:00:00Z') };
		expect(registrationStateOf(later, NO_PLACES_TAKEN, now).state).toBe('notYetOpen');
		const ended = { ...base, registrationClosesAt: new Date('2026-05-10T09:59:00Z') };
		expect(registrationStateOf(ended, NO_PLACES_TAKEN, now).state).toBe('closed');
		expect(registrationStateOf(base, NO_PLACES_TAKEN, new Date('2026-05-20T16:30:00Z')).state).toBe('closed');
	});

	it('reports cancelled, finished, draft and no-registration events as such', () => {
		expect(registrationStateOf({ ...base, status: 'cancelled' }, NO_PLACES_TAKEN, now).state).toBe('cancelled');
		expect(registrationStateOf(base, NO_PLACES_TAKEN, new Date('2026-05-21T00:00:00Z')).state).toBe('finished');
		expect(registrationStateOf({ ...base, status: 'draft' }, NO_PLACES_TAKEN, now).state).toBe('draft');
		expect(registrationStateOf({ ...base, registrationMode: 'none' }, NO_PLACES_TAKEN, now).state).toBe('none');
	});
});
