import { and, asc, eq, inArray, lt } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import { events, eventSessions } from '../events/schema.ts';
import { registrations, type Gender } from '../registrations/schema.ts';
import { newRegistrationAccess } from '../registrations/access.server.ts';
import { eventFeedback, sessionAttendance, sessionHeadcounts } from './schema.ts';
import { newCheckInCode } from './check-in-code.server.ts';
import { getAttendanceSettings } from './settings.server.ts';
import { emptyHeadcount } from './statistics.ts';
import { belgradeToInstant, instantToBelgrade } from '../../i18n/office-time.ts';

/** Walk-ins at past demo events: name, year of birth, gender, e-mail (some come to more than one). */
const DEMO_WALK_INS: [string, number, Gender | null, string][] = [
	['Лазар Марковић', 2006, 'male', 'lazar.markovic@example.org'],
	['Тамара Јовичић', 2004, 'female', ''],
	['Милош Ристић', 2009, 'male', 'milos.ristic@example.org'],
	['Ивана Бошковић', 2001, 'female', 'ivana.boskovic@example.org'],
	['Немања Лукић', 1998, 'male', ''],
	['Jovana Petković', 2007, 'female', 'jovana.petkovic@example.org'],
	['Сара Обрадовић', 2003, null, ''],
	['Вук Симовић', 2010, 'male', ''],
	['Andrea Kovač', 2005, 'other', 'andrea.kovac@example.org'],
	['Ђорђе Миловановић', 2000, 'male', 'djordje.m@example.org']
];

const COMMENTS: [number, string][] = [
	[5, 'Одлично организовано, волео бих још оваквих радионица.'],
	[4, 'Korisno i opušteno. Moglo je da traje malo duže.'],
	[5, ''],
	[3, 'Добро, али је сала била претесна за толико људи.'],
	[4, 'Свиђа ми се што смо радили у малим групама.']
];

/**
 * Attendance for the demo events of earlier days: most confirmed registrations checked in, a few walk-ins,
 * an anonymous headcount per session and some feedback, so results and statistics show something.
 * Walk-ins are created here, so the demo never depends on the registrations seed having run.
 */
export async function seedDemoAttendance(db: Database, officeId: string, now = new Date()): Promise<void> {
	const settings = await getAttendanceSettings(db, officeId);
	// Events of earlier days only: today's stay untouched for the check-in at the door.
	const startOfToday = belgradeToInstant(instantToBelgrade(now).date, '00:00');
	const pastEvents = await db
		.select({ id: events.id, slug: events.slug })
		.from(events)
		.where(and(eq(events.officeId, officeId), eq(events.isDemo, true), lt(events.endsAt, startOfToday)))
		.orderBy(asc(events.startsAt));
	for (const [eventIndex, event] of pastEvents.entries()) {
		const sessions = await db
			.select({ id: eventSessions.id, startsAt: eventSessions.startsAt })
			.from(eventSessions)
			.where(eq(eventSessions.eventId, event.id))
			.orderBy(asc(eventSessions.startsAt));
		if (sessions.length === 0) continue;
		const walkIns = DEMO_WALK_INS.filter((_, index) => (index + eventIndex) % 3 !== 0);
		const accesses = await Promise.all(walkIns.map(() => newRegistrationAccess(db)));
		await db.insert(registrations).values(
			walkIns.map(([name, birthYear, gender, email], index) => ({
				id: accesses[index].id,
				officeId,
				eventId: event.id,
				name,
				birthYear,
				gender,
				email,
				status: 'confirmed' as const,
				source: 'walk_in' as const,
				accessTokenHash: accesses[index].hash,
				checkInCode: newCheckInCode(),
				createdAt: sessions[0].startsAt
			}))
		);
		const confirmed = await db
			.select({ id: registrations.id, source: registrations.source })
			.from(registrations)
			.where(and(eq(registrations.eventId, event.id), eq(registrations.status, 'confirmed')))
			.orderBy(asc(registrations.sequence));
		// Every walk-in came; of those who signed up, roughly four in five did.
		const came = confirmed.filter((row, index) => row.source === 'walk_in' || index % 5 !== 4);
		for (const session of sessions) {
			if (came.length > 0) {
				await db.insert(sessionAttendance).values(
					came.map((row) => ({
						officeId,
						registrationId: row.id,
						sessionId: session.id,
						checkedInAt: session.startsAt
					}))
				);
			}
			const counts = emptyHeadcount(
				settings.ageBands,
				settings.vulnerableGroups.map((group) => group.key)
			);
			const [band1, band2, band3] = settings.ageBands.map((band) => band.key).slice(1);
			if (band1) counts.byBand[band1] = { female: 4 + eventIndex, male: 3, other: 0, unspecified: 1 };
			if (band2) counts.byBand[band2] = { female: 2, male: 5 + eventIndex, other: 1, unspecified: 0 };
			if (band3) counts.byBand[band3] = { female: 1, male: 2, other: 0, unspecified: 0 };
			const firstGroup = settings.vulnerableGroups[0]?.key;
			if (firstGroup) counts.vulnerable[firstGroup] = 3;
			await db
				.insert(sessionHeadcounts)
				.values({ officeId, sessionId: session.id, counts, updatedAt: session.startsAt });
		}
		const givers = came.slice(0, COMMENTS.length);
		if (givers.length > 0) {
			await db.insert(eventFeedback).values(
				givers.map((row, index) => ({
					officeId,
					eventId: event.id,
					registrationId: row.id,
					rating: COMMENTS[(index + eventIndex) % COMMENTS.length][0],
					comment: COMMENTS[(index + eventIndex) % COMMENTS.length][1]
				}))
			);
		}
		// The demo's past events have had their feedback e-mails already.
		await db
			.update(registrations)
			.set({ feedbackRequestedAt: now })
			.where(
				inArray(
					registrations.id,
					confirmed.map((row) => row.id)
				)
			);
	}
}

/**
 * Removes what the demo attendance added: walk-ins and headcounts of the demo events (attendance and
 * feedback go with the walk-ins; the events module removes the events themselves afterwards).
 */
export async function removeDemoAttendance(db: Database, officeId: string): Promise<void> {
	const demoEvents = db
		.select({ id: events.id })
		.from(events)
		.where(and(eq(events.officeId, officeId), eq(events.isDemo, true)));
	await db
		.delete(registrations)
		.where(and(eq(registrations.source, 'walk_in'), inArray(registrations.eventId, demoEvents)));
	await db
		.delete(sessionHeadcounts)
		.where(
			inArray(
				sessionHeadcounts.sessionId,
				db.select({ id: eventSessions.id }).from(eventSessions).where(inArray(eventSessions.eventId, demoEvents))
			)
		);
}
