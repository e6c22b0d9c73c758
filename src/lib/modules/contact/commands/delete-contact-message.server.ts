import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../../server/audit.ts';
import { AppError } from '../../../server/errors.ts';
import { isUuid } from '../../../server/ids.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { canDeleteContactMessages } from '../permissions.server.ts';
import { contactMessages } from '../schema.ts';

/**
 * Erases a visitor's message for good (the sender asked for it, or it is no longer needed). The audit
 * record says who erased which message and when it had arrived, never what it said or who sent it.
 */
export async function deleteContactMessage(ctx: Context, options: { id: string }): Promise<void> {
	authorize(ctx.actor, canDeleteContactMessages(ctx.actor));
	const actor = ctx.actor;
	if (!isUuid(options.id)) throw new AppError('not_found', 'error.404.text');
	await ctx.db.transaction(async (tx) => {
		const [deleted] = await tx
			.delete(contactMessages)
			.where(and(eq(contactMessages.officeId, ctx.officeId), eq(contactMessages.id, options.id)))
			.returning({ createdAt: contactMessages.createdAt });
		if (!deleted) throw new AppError('not_found', 'error.404.text');
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'contact.message_deleted',
			entityType: 'contact_message',
			entityId: options.id,
			details: { receivedAt: deleted.createdAt.toISOString() }
		});
	});
}
