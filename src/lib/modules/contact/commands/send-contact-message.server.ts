import { recordAudit } from '../../../server/audit.ts';
import { AppError } from '../../../server/errors.ts';
import { consumeRateLimit, type RateLimitRule } from '../../../server/rate-limit.ts';
import { queueMail } from '../../../server/mail/outbox.ts';
import { getOfficeById } from '../../../server/office.ts';
import { createI18n } from '../../../i18n/index.ts';
import { DEFAULT_LOCALE, type Locale } from '../../../i18n/locale.ts';
import type { Context } from '../../../server/actor.ts';
import { contactMessages } from '../schema.ts';
import type { ContactInput } from '../inputs.ts';

export interface SendContactMessageOptions extends ContactInput {
	/** The language the visitor read the form in: the consent text is stored as they saw it. */
	locale: Locale;
	clientAddress: string;
}

/** How many messages one address may send: enough for a real conversation, too few for a spam run. */
export const CONTACT_RATE_LIMIT: RateLimitRule = { limit: 5, windowSeconds: 3600 };

/**
 * Stores a visitor's message with the consent text they agreed to and queues a copy to the office's
 * e-mail. A filled trap field is accepted without a word and nothing is kept or sent, so a spam
 * program learns nothing. Anyone may send; nobody needs to be signed in.
 */
export async function sendContactMessage(
	ctx: Context,
	options: SendContactMessageOptions
): Promise<{ stored: boolean }> {
	if (options.website.trim() !== '') return { stored: false };
	await consumeRateLimit(ctx.db, `contact:${options.clientAddress}`, CONTACT_RATE_LIMIT);
	const office = await getOfficeById(ctx.db, ctx.officeId);
	if (!office) throw new AppError('not_found', 'error.404.text');
	const consentText = createI18n(options.locale, office.keepLatin).t('contact.form.consent');
	// The copy is for the office's staff, who read Serbian.
	const staff = createI18n(DEFAULT_LOCALE, office.keepLatin);
	const subject = options.subject || staff.t('contact.mail.noSubject');
	await ctx.db.transaction(async (tx) => {
		const [message] = await tx
			.insert(contactMessages)
			.values({
				officeId: ctx.officeId,
				name: options.name,
				email: options.email,
				subject: options.subject,
				message: options.message,
				consentText
			})
			.returning({ id: contactMessages.id, createdAt: contactMessages.createdAt });
		if (office.email) {
			await queueMail(tx, {
				officeId: ctx.officeId,
				to: office.email,
				subject: staff.t('contact.mail.subject', { subject }),
				text: staff.t('contact.mail.body', {
					name: options.name,
					email: options.email,
					subject,
					date: staff.formatDate(message.createdAt, { dateStyle: 'long', timeStyle: 'short' }),
					message: options.message,
					consent: consentText
				}),
				// The text is someone's personal message: once delivered, the stored copy is enough.
				sensitive: true
			});
		}
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: ctx.actor,
			action: 'contact.message_received',
			entityType: 'contact_message',
			entityId: message.id,
			details: { copiedToOffice: !!office.email }
		});
	});
	return { stored: true };
}
