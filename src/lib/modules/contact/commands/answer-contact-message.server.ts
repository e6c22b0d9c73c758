import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../../../server/audit.ts';
import { AppError } from '../../../server/errors.ts';
import { isUuid } from '../../../server/ids.ts';
import { queueMail } from '../../../server/mail/outbox.ts';
import { getOfficeById } from '../../../server/office.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { createI18n } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/locale.ts';
import { canAnswerContactMessages } from '../permissions.server.ts';
import { contactMessages } from '../schema.ts';

/**
 * Answers a visitor's message from the platform: the answer goes to the sender through the outbox
 * (with their message quoted below it), is kept with the message, and marks it handled; audited in
 * the same transaction. A message is answered once; two staff answering at the same moment send one.
 */
export async function answerContactMessage(
	ctx: Context,
	options: { id: string; answer: string; locale: Locale }
): Promise<void> {
	authorize(ctx.actor, canAnswerContactMessages(ctx.actor));
	const actor = ctx.actor;
	if (!isUuid(options.id)) throw new AppError('not_found', 'error.404.text');
	const office = await getOfficeById(ctx.db, ctx.officeId);
	if (!office) throw new AppError('not_found', 'error.404.text');
	// The answer is read in the language the staff member wrote it in (the page they answered from).
	const i18n = createI18n(options.locale, office.keepLatin);
	await ctx.db.transaction(async (tx) => {
		const now = new Date();
		const [message] = await tx
			.update(contactMessages)
			.set({
				answerText: options.answer,
				answeredAt: now,
				answeredBy: actor.userId,
				handledAt: now,
				handledBy: actor.userId
			})
			.where(
				and(
					eq(contactMessages.officeId, ctx.officeId),
					eq(contactMessages.id, options.id),
					isNull(contactMessages.answeredAt)
				)
			)
			.returning();
		if (!message) {
			const [exists] = await tx
				.select({ id: contactMessages.id })
				.from(contactMessages)
				.where(and(eq(contactMessages.officeId, ctx.officeId), eq(contactMessages.id, options.id)));
			if (!exists) throw new AppError('not_found', 'error.404.text');
			throw new AppError('conflict', 'contact.answer.already');
		}
		await queueMail(tx, {
			officeId: ctx.officeId,
			to: message.email,
			subject: message.subject
				? i18n.t('contact.answer.subject', { subject: i18n.text(message.subject) })
				: i18n.t('contact.answer.subjectPlain'),
			text: [
				options.answer,
				i18n.t('contact.answer.signature', { office: i18n.text(office.name) }),
				i18n.t('contact.answer.quoted', {
					date: i18n.formatDate(message.createdAt, { dateStyle: 'long', timeStyle: 'short' })
				}),
				message.message
					.split('\n')
					.map((line) => `> ${line}`)
					.join('\n')
			].join('\n\n')
		});
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'contact.message_answered',
			entityType: 'contact_message',
			entityId: message.id
		});
	});
}
