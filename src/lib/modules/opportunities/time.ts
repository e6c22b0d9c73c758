// Whether an opportunity is open, closing soon or closed follows from its deadline and the moment of
// reading, never stored.

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
