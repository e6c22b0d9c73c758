import { and, asc, eq, exists, inArray, isNotNull, sql } from 'drizzle-orm';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { recordAudit } from '../../../server/audit.ts';
import { queueMail } from '../../../server/mail/outbox.ts';
import { getOfficeById } from '../../../server/office.ts';
import { events } from '../../events/schema.ts';
import { sessionAttendance } from '../../attendance/schema.ts';
import { registrations, type RegistrationStatus } from '../schema.ts';
import type { MessageAudience } from '../inputs.ts';
import { canMessageRegistrants } from '../permissions.server.ts';
import { eventTitleIn, i18nFor, localeOf } from '../mail.server.ts';

/** Everyone who still holds, waits for or asked for a place: "all" never writes to the cancelled or declined. */
const ACTIVE: readonly RegistrationStatus[] = ['confirmed', 'pending_guardian', 'pending_approval', 'waitlisted'];

/**
 * Writes one message from staff to an event's registrants (all active, confirmed, waitlisted, or those
 * who attended at least one session), through the outbox, one e-mail per address; audited. Returns how
 * many e-mails were queued (registrants who left only a phone number get none).
 */
export async function messageRegistrants(
	ctx: Context,
	options: { eventId: string; audience: MessageAudience; subject: string; body: string }
): Promise<{ sent: number }> {
	authorize(ctx.actor, canMessageRegistrants(ctx.actor));
	const actor = ctx.actor;
	return ctx.db.transaction(async (tx) => {
		const [event] = await tx
			.select({ id: events.id, title: events.title, titleEn: events.titleEn })
			.from(events)
			.where(and(eq(events.officeId, ctx.officeId), eq(events.id, options.eventId)));
		if (!event) throw new AppError('not_found', 'error.404.text');
		const office = await getOfficeById(tx, ctx.officeId);
		if (!office) throw new AppError('not_found', 'error.404.text');
		const who =
			options.audience === 'attended'
				? exists(
						tx
							.select({ one: sql`1` })
							.from(sessionAttendance)
							.where(eq(sessionAttendance.registrationId, registrations.id))
					)
				: inArray(
						registrations.status,
						options.audience === 'confirmed'
							? ['confirmed']
							: options.audience === 'waitlisted'
								? ['waitlisted']
								: [...ACTIVE]
					);
		const people = await tx
			.select({ name: registrations.name, email: registrations.email, locale: registrations.locale })
			.from(registrations)
			.where(
				and(
					eq(registrations.officeId, ctx.officeId),
					eq(registrations.eventId, event.id),
					isNotNull(registrations.email),
					who
				)
			)
			.orderBy(asc(registrations.sequence));
		// One e-mail per address: a parent who signed up two children reads the message once.
		const seen = new Set<string>();
		for (const person of people) {
			const address = (person.email ?? '').trim().toLowerCase();
			if (!address || seen.has(address)) continue;
			seen.add(address);
			const i18n = i18nFor(office, localeOf(person));
			const params = {
				name: i18n.text(person.name),
				event: eventTitleIn(i18n, event),
				office: i18n.text(office.name)
			};
			await queueMail(tx, {
				officeId: ctx.officeId,
				to: address,
				subject: i18n.text(options.subject),
				text: [
					i18n.t('registrations.mail.greeting', params),
					i18n.text(options.body),
					i18n.t('registrations.message.mailFooter', params),
					i18n.t('registrations.mail.signature', params)
				].join('\n\n')
			});
		}
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'registrations.registrants_messaged',
			entityType: 'event',
			entityId: event.id,
			details: { audience: options.audience, subject: options.subject, sent: seen.size }
		});
		return { sent: seen.size };
	});
}
