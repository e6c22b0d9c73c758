import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import { AppError } from '../../server/errors.ts';
import { recordAudit } from '../../server/audit.ts';
import { events } from '../events/schema.ts';
import { findRegistrationByToken, type RegistrationRow } from '../registrations/access.server.ts';
import { eventFeedback, sessionAttendance } from './schema.ts';
import { isUniqueViolation } from '../../server/errors.ts';

export type FeedbackState = 'open' | 'given' | 'notYet' | 'notEligible';

export interface FeedbackPage {
	state: FeedbackState;
	event: { title: string; titleEn: string; startsAt: Date; endsAt: Date };
	name: string;
	given: { rating: number; comment: string } | null;
}

async function feedbackContext(db: Database, registration: RegistrationRow, now: Date): Promise<FeedbackPage> {
	const [event] = await db
		.select({
			title: events.title,
			titleEn: events.titleEn,
			startsAt: events.startsAt,
			endsAt: events.endsAt,
			status: events.status,
			attended: sql<boolean>`exists (select 1 from ${sessionAttendance} where ${sessionAttendance.registrationId} = ${registration.id})`
		})
		.from(events)
		.where(eq(events.id, registration.eventId));
	const [given] = await db
		.select({ rating: eventFeedback.rating, comment: eventFeedback.comment })
		.from(eventFeedback)
		.where(eq(eventFeedback.registrationId, registration.id));
	const eligible =
		event.status !== 'cancelled' && event.status !== 'draft' && (registration.status === 'confirmed' || event.attended);
	const state: FeedbackState = given
		? 'given'
		: !eligible
			? 'notEligible'
			: event.startsAt.getTime() > now.getTime()
				? 'notYet'
				: 'open';
	return {
		state,
		event: { title: event.title, titleEn: event.titleEn, startsAt: event.startsAt, endsAt: event.endsAt },
		name: registration.name,
		given: given ?? null
	};
}

/**
 * The feedback form a private link opens: whether it can be given now (the event has started, the
 * person held a place or came) or was given already. Null when the link opens nothing.
 */
export async function getFeedbackPage(
	db: Database,
	options: { officeId: string; token: string; now?: Date }
): Promise<FeedbackPage | null> {
	const registration = await findRegistrationByToken(db, options.officeId, options.token);
	if (!registration) return null;
	return feedbackContext(db, registration, options.now ?? new Date());
}

/** Stores a participant's rating and comment, once per registration; the private link is the only key. */
export async function submitFeedback(
	db: Database,
	options: { officeId: string; token: string; rating: number; comment: string; now?: Date }
): Promise<void> {
	const registration = await findRegistrationByToken(db, options.officeId, options.token);
	if (!registration) throw new AppError('not_found', 'error.404.text');
	const page = await feedbackContext(db, registration, options.now ?? new Date());
	if (page.state === 'given') throw new AppError('conflict', 'attendance.feedback.alreadyGiven');
	if (page.state !== 'open') throw new AppError('invalid', 'attendance.feedback.notOpen');
	try {
		await db.transaction(async (tx) => {
			const [created] = await tx
				.insert(eventFeedback)
				.values({
					officeId: options.officeId,
					eventId: registration.eventId,
					registrationId: registration.id,
					rating: options.rating,
					comment: options.comment
				})
				.returning({ id: eventFeedback.id });
			await recordAudit(tx, {
				officeId: options.officeId,
				actor: null,
				action: 'attendance.feedback_given',
				entityType: 'event',
				entityId: registration.eventId,
				details: { feedbackId: created.id, rating: options.rating }
			});
		});
	} catch (caught) {
		if (isUniqueViolation(caught)) throw new AppError('conflict', 'attendance.feedback.alreadyGiven');
		throw caught;
	}
}

/** Whether this registration has feedback stored (for tests and the private page). */
export async function hasFeedback(db: Database, registrationId: string): Promise<boolean> {
	const [row] = await db
		.select({ id: eventFeedback.id })
		.from(eventFeedback)
		.where(and(eq(eventFeedback.registrationId, registrationId)));
	return !!row;
}
