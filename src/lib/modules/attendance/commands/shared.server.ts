import { and, eq } from 'drizzle-orm';
import { AppError } from '../../../server/errors.ts';
import type { Database } from '../../../server/db/client.ts';
import { eventSessions } from '../../events/schema.ts';
import { sessionAttendance } from '../schema.ts';

/** A session of this event in this office, or not_found. */
export async function requireSession(
	db: Database,
	options: { officeId: string; eventId: string; sessionId: string }
): Promise<typeof eventSessions.$inferSelect> {
	const [session] = await db
		.select()
		.from(eventSessions)
		.where(
			and(
				eq(eventSessions.officeId, options.officeId),
				eq(eventSessions.eventId, options.eventId),
				eq(eventSessions.id, options.sessionId)
			)
		);
	if (!session) throw new AppError('not_found', 'error.404.text');
	return session;
}

/** Marks a registration present at a session; returns false when it already was. */
export async function insertAttendance(
	db: Database,
	options: { officeId: string; registrationId: string; sessionId: string; userId: string | null; at?: Date }
): Promise<boolean> {
	const inserted = await db
		.insert(sessionAttendance)
		.values({
			officeId: options.officeId,
			registrationId: options.registrationId,
			sessionId: options.sessionId,
			checkedInBy: options.userId,
			...(options.at ? { checkedInAt: options.at } : {})
		})
		.onConflictDoNothing()
		.returning({ id: sessionAttendance.registrationId });
	return inserted.length > 0;
}
