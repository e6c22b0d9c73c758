// Pieces every registration command shares: codes, counting places, loading what e-mails need.
import { randomInt } from 'node:crypto';
import { and, asc, count, eq, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../../server/db/client.ts';
import { AppError } from '../../../server/errors.ts';
import { getOfficeById } from '../../../server/office.ts';
import { listSessionsOfEvents, lockEvent, type EventRow } from '../../events/queries.server.ts';
import { registrations, type RegistrationStatus } from '../schema.ts';
import type { RegistrationRow } from '../access.server.ts';
import { baseUrlOf, type MailFacts } from '../mail.server.ts';

/** How long a place is held for someone under 15 while their guardian has not yet confirmed. */
export const GUARDIAN_HOLD_HOURS = 72;

/** Statuses that take one of the event's places. */
export const PLACE_HOLDING: readonly RegistrationStatus[] = ['confirmed', 'pending_guardian'];

// No 0/O, 1/I/L: the code is read aloud and typed at the door too.
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A short code for the door (shown as a QR code): 8 characters, about 40 bits. */
export function newCheckInCode(): string {
	return Array.from({ length: 8 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
}

/** Places taken in an event right now (confirmed and held for a guardian). */
export async function countHeldPlaces(tx: Database, eventId: string): Promise<number> {
	const [row] = await tx
		.select({ total: count() })
		.from(registrations)
		.where(and(eq(registrations.eventId, eventId), inArray(registrations.status, [...PLACE_HOLDING])));
	return row?.total ?? 0;
}

/** Whether one more person fits. */
export function hasFreePlace(event: Pick<EventRow, 'capacity'>, held: number): boolean {
	return event.capacity === null || held < event.capacity;
}

/** The status someone gets when a place is given: held for the guardian until they confirm. */
export function placeStatusFor(registration: Pick<RegistrationRow, 'guardianTokenHash' | 'guardianConfirmedAt'>) {
	return registration.guardianTokenHash && !registration.guardianConfirmedAt
		? ('pending_guardian' as const)
		: ('confirmed' as const);
}

/** 1 for the first in line; null when not waitlisted. */
export async function waitlistPosition(
	db: Database,
	registration: Pick<RegistrationRow, 'eventId' | 'sequence' | 'status'>
): Promise<number | null> {
	if (registration.status !== 'waitlisted') return null;
	const [row] = await db
		.select({ total: count() })
		.from(registrations)
		.where(
			and(
				eq(registrations.eventId, registration.eventId),
				eq(registrations.status, 'waitlisted'),
				lte(registrations.sequence, registration.sequence)
			)
		);
	return row?.total ?? 1;
}

/** An active registration of the same person for the event, found by e-mail, phone or account. */
export async function findActiveDuplicate(
	tx: Database,
	eventId: string,
	person: { email: string; phone: string; userId: string | null }
): Promise<RegistrationRow | null> {
	const same: SQL[] = [];
	if (person.email) same.push(eq(registrations.email, person.email));
	if (person.phone) same.push(eq(registrations.phone, person.phone));
	if (person.userId) same.push(eq(registrations.userId, person.userId));
	if (same.length === 0) return null;
	const [row] = await tx
		.select()
		.from(registrations)
		.where(
			and(
				eq(registrations.eventId, eventId),
				inArray(registrations.status, ['pending_guardian', 'pending_approval', 'confirmed', 'waitlisted']),
				or(...same)
			)
		)
		.limit(1);
	return row ?? null;
}

/** The office, the event's sessions and the link origin, for the e-mails of one registration. */
export async function mailFactsFor(tx: Database, event: EventRow, registration: RegistrationRow): Promise<MailFacts> {
	const office = await getOfficeById(tx, event.officeId);
	if (!office) throw new AppError('not_found', 'error.404.text');
	const sessions = (await listSessionsOfEvents(tx, [event.id])).get(event.id) ?? [];
	return { office, event, sessions, registration, baseUrl: baseUrlOf(office) };
}

/**
 * Locks an event's places for a change to one of its registrations, in the one order every such
 * command follows (decision 0010): the event's row first, then the registration's. The registration
 * is read unlocked only to learn its event (which never changes).
 */
export async function lockEventAndRegistration(
	tx: Database,
	officeId: string,
	registrationId: string
): Promise<{ event: EventRow; registration: RegistrationRow } | null> {
	const [found] = await tx
		.select({ eventId: registrations.eventId })
		.from(registrations)
		.where(and(eq(registrations.officeId, officeId), eq(registrations.id, registrationId)));
	if (!found) return null;
	const event = await lockEvent(tx, officeId, found.eventId);
	if (!event) return null;
	const registration = await lockRegistration(tx, officeId, registrationId);
	return registration ? { event, registration } : null;
}

/** A registration of this office by id, locked; only after its event is locked (lockEventAndRegistration). */
export async function lockRegistration(tx: Database, officeId: string, registrationId: string) {
	const [row] = await tx
		.select()
		.from(registrations)
		.where(and(eq(registrations.officeId, officeId), eq(registrations.id, registrationId)))
		.for('update');
	return row ?? null;
}

/** The first waitlisted registrations of an event, in order of arrival, locked. */
export async function firstWaitlisted(tx: Database, eventId: string, limit: number) {
	return tx
		.select()
		.from(registrations)
		.where(and(eq(registrations.eventId, eventId), eq(registrations.status, 'waitlisted')))
		.orderBy(asc(registrations.sequence))
		.limit(limit)
		.for('update');
}

export const touched = () => ({ updatedAt: sql`now()` });
