import { and, eq, gt, inArray, isNull, lt, ne, notInArray, or, sql } from 'drizzle-orm';
import type { Database } from '../../../server/db/client.ts';
import { queueMail } from '../../../server/mail/outbox.ts';
import { offices } from '../../../server/db/core-schema.ts';
import { createI18n } from '../../../i18n/index.ts';
import { isLocale, localizePath } from '../../../i18n/locale.ts';
import { events, eventSessions } from '../../events/schema.ts';
import { registrations } from '../../registrations/schema.ts';
import { accessTokenFor } from '../../registrations/access.server.ts';
import { baseUrlOf } from '../../registrations/mail.server.ts';
import { sessionAttendance } from '../schema.ts';
import { outer } from '../../../server/db/outer.ts';

/** Feedback is asked for events that ended within this window (a late start of the job still asks). */
const ASK_WITHIN_MS = 7 * 24 * 60 * 60 * 1000;
const BATCH = 50;

/**
 * E-mails the feedback link, once, to participants of events that have ended: those checked in,
 * or everyone confirmed when nobody was checked in at the event, with links under their private
 * link (feedback and certificate). Rows are claimed with SKIP LOCKED, so instances share the
 * work without sending twice.
 */
export async function requestFeedback(db: Database, now: Date): Promise<number> {
	return db.transaction(async (tx) => {
		const attendedOrNobodyCheckedIn = or(
			sql`exists (select 1 from ${sessionAttendance} where ${sessionAttendance.registrationId} = ${outer(registrations.id)})`,
			sql`not exists (select 1 from ${sessionAttendance} join ${eventSessions} on ${eventSessions.id} = ${sessionAttendance.sessionId} where ${eventSessions.eventId} = ${outer(registrations.eventId)})`
		);
		const due = await tx
			.select({
				id: registrations.id,
				officeId: registrations.officeId,
				name: registrations.name,
				email: registrations.email,
				locale: registrations.locale,
				eventTitle: events.title,
				eventTitleEn: events.titleEn,
				// A certificate opens only for someone checked in; when nobody was, the mail offers none.
				attended: sql<boolean>`exists (select 1 from ${sessionAttendance} where ${sessionAttendance.registrationId} = ${outer(registrations.id)})`
			})
			.from(registrations)
			.innerJoin(events, eq(events.id, registrations.eventId))
			.where(
				and(
					eq(registrations.status, 'confirmed'),
					isNull(registrations.feedbackRequestedAt),
					ne(registrations.email, ''),
					notInArray(events.status, ['draft', 'cancelled']),
					lt(events.endsAt, now),
					gt(events.endsAt, new Date(now.getTime() - ASK_WITHIN_MS)),
					attendedOrNobodyCheckedIn
				)
			)
			.limit(BATCH)
			.for('update', { of: registrations, skipLocked: true });
		if (due.length === 0) return 0;
		const officeRows = await tx
			.select({ id: offices.id, name: offices.name, publicUrl: offices.publicUrl })
			.from(offices)
			.where(inArray(offices.id, [...new Set(due.map((row) => row.officeId))]));
		for (const row of due) {
			const office = officeRows.find((item) => item.id === row.officeId);
			const locale = isLocale(row.locale) ? row.locale : 'sr-Cyrl';
			const i18n = createI18n(locale);
			const token = await accessTokenFor(tx, row.id);
			await tx.update(registrations).set({ feedbackRequestedAt: now }).where(eq(registrations.id, row.id));
			const base = baseUrlOf({ publicUrl: office?.publicUrl ?? '' });
			const title = locale === 'en' && row.eventTitleEn ? row.eventTitleEn : i18n.text(row.eventTitle);
			const officeName = i18n.text(office?.name ?? '');
			await queueMail(tx, {
				officeId: row.officeId,
				to: row.email,
				subject: i18n.t('attendance.feedback.mailSubject', { event: title }),
				text: row.attended
					? i18n.t('attendance.feedback.mailBody', {
							name: i18n.text(row.name),
							event: title,
							link: base + localizePath(`/registrations/${token}/feedback`, locale),
							certificate: base + localizePath(`/registrations/${token}/certificate`, locale),
							office: officeName
						})
					: i18n.t('attendance.feedback.mailBodyWithoutCertificate', {
							name: i18n.text(row.name),
							event: title,
							link: base + localizePath(`/registrations/${token}/feedback`, locale),
							office: officeName
						})
			});
		}
		return due.length;
	});
}
