// What a check-in action tells the person at the door, and how it survives a redirect when the browser
// runs no scripts: the outcome goes into the address as a short code and the registration's id (never
// the name), and the list the page loads anyway gives the name back.
import type { MessageKey } from '../../i18n/index.ts';

export const CHECK_IN_OUTCOMES = {
	marked: 'attendance.checkIn.marked',
	unmarked: 'attendance.checkIn.unmarked',
	scanned: 'attendance.scan.done',
	scannedAgain: 'attendance.scan.again',
	walkInAdded: 'attendance.walkIn.added',
	walkInExisting: 'attendance.walkIn.existing',
	headcountSaved: 'attendance.headcount.saved'
} as const satisfies Record<string, MessageKey>;

export type CheckInOutcomeKey = keyof typeof CHECK_IN_OUTCOMES;

/** One action's outcome: what happened, to whom (registration id) and, for a headcount, the total. */
export interface CheckInOutcome {
	key: CheckInOutcomeKey;
	who?: string;
	name?: string;
	total?: number;
}

/** What the page shows in its status line. */
export interface CheckInDone {
	key: CheckInOutcomeKey;
	name: string;
	total?: number;
}

/** The check-in list's address for a session, a search and, after a plain POST, the outcome. */
export function checkInAddress(
	pathname: string,
	options: { session: string; q?: string; outcome?: CheckInOutcome }
): string {
	const params = new URLSearchParams({ session: options.session });
	if (options.q) params.set('q', options.q.slice(0, 100));
	if (options.outcome) {
		params.set('done', options.outcome.key);
		if (options.outcome.who) params.set('who', options.outcome.who);
		if (options.outcome.total !== undefined) params.set('total', String(options.outcome.total));
	}
	return `${pathname}?${params}`;
}

function isOutcomeKey(value: string | null): value is CheckInOutcomeKey {
	return value !== null && Object.hasOwn(CHECK_IN_OUTCOMES, value);
}

/** The outcome named in the address, if it is one we know and its person is on this list. */
export function checkInDoneFromUrl(
	params: URLSearchParams,
	people: readonly { id: string; name: string }[]
): CheckInDone | null {
	const key = params.get('done');
	if (!isOutcomeKey(key)) return null;
	if (key === 'headcountSaved') {
		const total = Number(params.get('total'));
		return Number.isInteger(total) && total >= 0 ? { key, name: '', total } : null;
	}
	const person = people.find((candidate) => candidate.id === params.get('who'));
	return person ? { key, name: person.name } : null;
}
