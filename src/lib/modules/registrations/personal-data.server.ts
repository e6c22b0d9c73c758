import { and, eq, gt, inArray, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import type { DataSubject, PersonalDataHooks } from '../../server/manifest.ts';
import { plainRecord, subjectKeys } from '../../server/personal-data.ts';
import { events } from '../events/schema.ts';
import { lockEvent } from '../events/queries.server.ts';
import { fillFreePlaces } from './commands/fill-free-places.server.ts';
import { ACTIVE_REGISTRATION_STATUSES, registrations } from './schema.ts';

/** Registrations that are this person's own: by account, e-mail or phone. */
export function ownRegistrationsOf(subject: DataSubject): SQL {
	const { email, phone } = subjectKeys(subject);
	const matches: SQL[] = [];
	if (subject.userId) matches.push(eq(registrations.userId, subject.userId));
	if (email) matches.push(eq(registrations.email, email));
	if (phone) matches.push(eq(registrations.phone, phone));
	return and(eq(registrations.officeId, subject.officeId), matches.length ? or(...matches) : sql`false`)!;
}

/** Registrations of someone under 15 where this person gave the guardian's consent. */
function guardedBy(subject: DataSubject): SQL {
	const { email } = subjectKeys(subject);
	return and(
		eq(registrations.officeId, subject.officeId),
		email ? eq(registrations.guardianEmail, email) : sql`false`
	)!;
}

/** What an anonymised registration keeps: event, status, dates, year of birth and gender (for statistics). */
const ANONYMISED = {
	userId: null,
	name: '',
	email: '',
	phone: '',
	place: '',
	answers: {},
	guardianName: '',
	guardianEmail: '',
	guardianTokenHash: null
} as const;

/** Registrations: exported with their answers; erased or expired ones keep only what statistics need. */
export const registrationsPersonalData: PersonalDataHooks = {
	export: async (db, subject) => {
		const own = await db
			.select({
				event: events.title,
				eventStartsAt: events.startsAt,
				status: registrations.status,
				name: registrations.name,
				email: registrations.email,
				phone: registrations.phone,
				birthYear: registrations.birthYear,
				gender: registrations.gender,
				place: registrations.place,
				answers: registrations.answers,
				guardianName: registrations.guardianName,
				guardianEmail: registrations.guardianEmail,
				consentText: registrations.consentText,
				consentAt: registrations.consentAt,
				source: registrations.source,
				createdAt: registrations.createdAt
			})
			.from(registrations)
			.innerJoin(events, eq(events.id, registrations.eventId))
			.where(ownRegistrationsOf(subject))
			.orderBy(registrations.createdAt);
		const guarded = await db
			.select({
				event: events.title,
				participant: registrations.name,
				guardianName: registrations.guardianName,
				guardianEmail: registrations.guardianEmail,
				guardianConfirmedAt: registrations.guardianConfirmedAt
			})
			.from(registrations)
			.innerJoin(events, eq(events.id, registrations.eventId))
			.where(guardedBy(subject));
		return [
			...(own.length ? [{ titleKey: 'registrations.personalData.own', records: own.map(plainRecord) }] : []),
			...(guarded.length
				? [{ titleKey: 'registrations.personalData.guardian', records: guarded.map(plainRecord) }]
				: [])
		];
	},
	erase: async (db, subject, now) => {
		// A place held for an event still to come is given up (nobody can come under an erased name) and
		// passed on to the waitlist. Events are locked before their registrations (decision 0010).
		const upcoming = db.select({ id: events.id }).from(events).where(gt(events.endsAt, now));
		const giveUp = and(
			ownRegistrationsOf(subject),
			inArray(registrations.status, [...ACTIVE_REGISTRATION_STATUSES]),
			or(ne(registrations.status, 'confirmed'), inArray(registrations.eventId, upcoming))
		);
		const affected = await db.selectDistinct({ eventId: registrations.eventId }).from(registrations).where(giveUp);
		for (const { eventId } of affected) await lockEvent(db, subject.officeId, eventId);
		await db.update(registrations).set({ status: 'cancelled', cancelledAt: now, updatedAt: now }).where(giveUp);
		for (const { eventId } of affected) await fillFreePlaces(db, { officeId: subject.officeId, eventId });
		const own = await db
			.update(registrations)
			.set({ ...ANONYMISED, updatedAt: now })
			.where(ownRegistrationsOf(subject))
			.returning({ id: registrations.id });
		const guarded = await db
			.update(registrations)
			.set({ guardianName: '', guardianEmail: '', guardianTokenHash: null, updatedAt: now })
			.where(guardedBy(subject))
			.returning({ id: registrations.id });
		return own.length + guarded.length;
	},
	retain: async (db, { officeId, periods, now }) => {
		if (periods.registrations <= 0) return 0;
		const cutoff = new Date(now.getTime() - periods.registrations * 86_400_000);
		const ended = db
			.select({ id: events.id })
			.from(events)
			.where(and(eq(events.officeId, officeId), lt(events.endsAt, cutoff)));
		const changed = await db
			.update(registrations)
			.set({ ...ANONYMISED, updatedAt: now })
			.where(
				and(
					eq(registrations.officeId, officeId),
					inArray(registrations.eventId, ended),
					or(ne(registrations.name, ''), ne(registrations.email, ''), ne(registrations.phone, ''))
				)
			)
			.returning({ id: registrations.id });
		return changed.length;
	}
};
