// What a visitor can do about an event right now. Nothing here is stored: it follows from the
// event, how many places are taken and the moment of reading.
import type { EventStatus, RegistrationMode } from './schema.ts';

export type RegistrationState =
	/** No sign-up needed: just come. */
	| 'none'
	/** Registration opens later. */
	| 'notYetOpen'
	| 'open'
	/** All places taken; new sign-ups join the waitlist. */
	| 'waitlist'
	/** The window has ended or the event has begun. */
	| 'closed'
	| 'cancelled'
	| 'finished'
	| 'draft';

/** Places held and waiting for one event (see countPlacesByEvent in the registrations module). */
export interface PlaceCounts {
	/** Confirmed registrations plus under-15 ones held for a guardian's confirmation. */
	held: number;
	waitlisted: number;
	/** Waiting for staff to accept (approval events); these hold no place yet. */
	pendingApproval: number;
}

export const NO_PLACES_TAKEN: PlaceCounts = { held: 0, waitlisted: 0, pendingApproval: 0 };

export interface RegistrationFacts {
	status: EventStatus;
	registrationMode: RegistrationMode;
	registrationOpensAt: Date | null;
	registrationClosesAt: Date | null;
	startsAt: Date;
	endsAt: Date;
	capacity: number | null;
}

/** The registration state and places left (null: no limit) of an event at a moment. */
export function registrationStateOf(
	event: RegistrationFacts,
	counts: PlaceCounts,
	now: Date
): { state: RegistrationState; placesLeft: number | null } {
	const placesLeft = event.capacity === null ? null : Math.max(0, event.capacity - counts.held);
	const state = ((): RegistrationState => {
		if (event.status === 'draft') return 'draft';
		if (event.status === 'cancelled') return 'cancelled';
		if (event.status === 'finished' || event.endsAt <= now) return 'finished';
		if (event.registrationMode === 'none') return 'none';
		if (event.registrationOpensAt && now < event.registrationOpensAt) return 'notYetOpen';
		const closesAt = event.registrationClosesAt ?? event.startsAt;
		if (now >= closesAt) return 'closed';
		if (placesLeft === 0) return 'waitlist';
		return 'open';
	})();
	return { state, placesLeft };
}
