import { and, eq, inArray, lt, ne } from 'drizzle-orm';
import type { PersonalDataHooks } from '../../server/manifest.ts';
import { plainRecord } from '../../server/personal-data.ts';
import { events, eventSessions } from '../events/schema.ts';
import { registrations } from '../registrations/schema.ts';
import { ownRegistrationsOf } from '../registrations/personal-data.server.ts';
import { eventFeedback, sessionAttendance } from './schema.ts';

/**
 * Attendance and feedback hang on registrations: they are found through the person's registrations.
 * Erasure keeps attendance (it is an anonymous count once the registration is anonymised) and the
 * rating, and removes the written comment. Runs before the registrations hook (reverse registry order).
 */
export const attendancePersonalData: PersonalDataHooks = {
	export: async (db, subject) => {
		const own = db.select({ id: registrations.id }).from(registrations).where(ownRegistrationsOf(subject));
		const attended = await db
			.select({
				event: events.title,
				sessionStartsAt: eventSessions.startsAt,
				checkedInAt: sessionAttendance.checkedInAt
			})
			.from(sessionAttendance)
			.innerJoin(eventSessions, eq(eventSessions.id, sessionAttendance.sessionId))
			.innerJoin(events, eq(events.id, eventSessions.eventId))
			.where(inArray(sessionAttendance.registrationId, own))
			.orderBy(eventSessions.startsAt);
		const feedback = await db
			.select({
				event: events.title,
				rating: eventFeedback.rating,
				comment: eventFeedback.comment,
				createdAt: eventFeedback.createdAt
			})
			.from(eventFeedback)
			.innerJoin(events, eq(events.id, eventFeedback.eventId))
			.where(inArray(eventFeedback.registrationId, own));
		return [
			...(attended.length
				? [{ titleKey: 'attendance.personalData.attendance', records: attended.map(plainRecord) }]
				: []),
			...(feedback.length ? [{ titleKey: 'attendance.personalData.feedback', records: feedback.map(plainRecord) }] : [])
		];
	},
	erase: async (db, subject) => {
		const own = db.select({ id: registrations.id }).from(registrations).where(ownRegistrationsOf(subject));
		const changed = await db
			.update(eventFeedback)
			.set({ comment: '' })
			.where(and(inArray(eventFeedback.registrationId, own), ne(eventFeedback.comment, '')))
			.returning({ id: eventFeedback.id });
		return changed.length;
	},
	retain: async (db, { officeId, periods, now }) => {
		if (periods.feedback <= 0) return 0;
		const cutoff = new Date(now.getTime() - periods.feedback * 86_400_000);
		const changed = await db
			.update(eventFeedback)
			.set({ comment: '' })
			.where(
				and(eq(eventFeedback.officeId, officeId), lt(eventFeedback.createdAt, cutoff), ne(eventFeedback.comment, ''))
			)
			.returning({ id: eventFeedback.id });
		return changed.length;
	}
};
