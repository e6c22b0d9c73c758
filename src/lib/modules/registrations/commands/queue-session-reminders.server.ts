import { and, eq, gt, inArray, isNull, lte } from 'drizzle-orm';
import type { Database } from '../../../server/db/client.ts';
import { events, eventSessions } from '../../events/schema.ts';
import { registrations } from '../schema.ts';
import { queueRegistrantMail } from '../mail.server.ts';
import { mailFactsFor } from './shared.server.ts';

/** Reminders go out during the day before a session; sessions closer than this get none. */
export const REMINDER_WINDOW_HOURS = 24;
const TOO_LATE_MS = 60 * 60 * 1000;

/**
 * Queues the day-before reminder for each session starting within 24 hours, to everyone with a
 * place. Each session is claimed with FOR UPDATE SKIP LOCKED and marked `reminder_queued_at` in the
 * same transaction as its e-mails, so the reminder goes out once even with several instances.
 */
export async function queueSessionReminders(db: Database, now: Date): Promise<number> {
	let queued = 0;
	for (;;) {
		const handled = await db.transaction(async (tx) => {
			const [session] = await tx
				.select({ session: eventSessions })
				.from(eventSessions)
				.innerJoin(events, eq(events.id, eventSessions.eventId))
				.where(
					and(
						isNull(eventSessions.reminderQueuedAt),
						eq(events.status, 'published'),
						gt(eventSessions.startsAt, new Date(now.getTime() + TOO_LATE_MS)),
						lte(eventSessions.startsAt, new Date(now.getTime() + REMINDER_WINDOW_HOURS * 3600_000))
					)
				)
				.limit(1)
				.for('update', { of: eventSessions, skipLocked: true });
			if (!session) return null;
			const { session: due } = session;
			// The one write to an events table this module makes: the reminder's own mark (see the brief).
			await tx.update(eventSessions).set({ reminderQueuedAt: now }).where(eq(eventSessions.id, due.id));
			const [event] = await tx.select().from(events).where(eq(events.id, due.eventId));
			const people = await tx
				.select()
				.from(registrations)
				.where(and(eq(registrations.eventId, due.eventId), inArray(registrations.status, ['confirmed'])));
			let sent = 0;
			for (const person of people) {
				const facts = await mailFactsFor(tx, event, person);
				if (await queueRegistrantMail(tx, 'reminder', { ...facts, sessions: [due] }, { now })) sent++;
			}
			return sent;
		});
		if (handled === null) return queued;
		queued += handled;
	}
}
