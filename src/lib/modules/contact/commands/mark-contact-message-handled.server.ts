import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../../../server/audit.ts';
import { AppError } from '../../../server/errors.ts';
import { isUuid } from '../../../server/ids.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { canHandleContactMessages } from '../permissions.server.ts';
import { contactMessages } from '../schema.ts';

/** Marks a visitor's message as answered or otherwise dealt with; marking it twice changes nothing. */
export async function markContactMessageHandled(ctx: Context, options: { id: string }): Promise<void> {
	authorize(ctx.actor, canHandleContactMessages(ctx.actor));
	const actor = ctx.actor;
	if (!isUuid(options.id)) throw new AppError('not_found', 'error.404.text');
	await ctx.db.transaction(async (tx) => {
		const [message] = await tx
			.select({ handledAt: contactMessages.handledAt })
			.from(contactMessages)
			.where(and(eq(contactMessages.officeId, ctx.officeId), eq(contactMessages.id, options.id)));
		if (!message) throw new AppError('not_found', 'error.404.text');
		if (message.handledAt) return;
		await tx
			.update(contactMessages)
			.set({ handledAt: new Date(), handledBy: actor.userId })
			.where(and(eq(contactMessages.id, options.id), isNull(contactMessages.handledAt)));
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'contact.message_handled',
			entityType: 'contact_message',
			entityId: options.id
		});
	});
}
