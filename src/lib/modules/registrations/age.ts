// The under-15 rule: below this age a parent or guardian must agree before a place is given.

import { dateTimeFormat } from '../../i18n/formatters.ts';

/** The age from which a young person may sign up alone (Law on Personal Data Protection, art. 16). */
export const GUARDIAN_AGE = 15;

/** Age reached in the event's year, from the year of birth: the only thing the form asks. */
export function ageInYearOf(birthYear: number, eventStartsAt: Date): number {
	const eventYear = Number(
		dateTimeFormat('en', { timeZone: 'Europe/Belgrade', year: 'numeric' }).format(eventStartsAt)
	);
	return eventYear - birthYear;
}

/** Whether someone born in this year needs a guardian's consent for an event starting then. */
export function needsGuardian(birthYear: number | null, eventStartsAt: Date): boolean {
	return birthYear !== null && ageInYearOf(birthYear, eventStartsAt) < GUARDIAN_AGE;
}
