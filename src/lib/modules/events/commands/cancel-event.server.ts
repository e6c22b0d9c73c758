import { eq } from 'drizzle-orm';
import { events } from '../schema.ts';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { isUuid } from '../../../server/ids.ts';
import { notifyRegistrantsOfEventChange } from '../../registrations/commands/notify-registrants.server.ts';
import { lockEvent } from '../queries.server.ts';
import { canManageEvents } from '../permissions.server.ts';

/**
 * Cancels a published event: it stays on the portal marked as cancelled with the reason, feeds mark
 * its meetings cancelled, and everyone registered or waiting is told. Returns how many were told.
 */
export async function cancelEvent(
	ctx: Context,
	options: { id: string; reason: string; now?: Date }
): Promise<{ notified: number }> {
	authorize(ctx.actor, canManageEvents(ctx.actor));
	const actor = ctx.actor;
	if (!isUuid(options.id)) throw new AppError('not_found', 'error.404.text');
	const now = options.now ?? new Date();
	return ctx.db.transaction(async (tx) => {
		const current = await lockEvent(tx, ctx.officeId, options.id);
		if (!current) throw new AppError('not_found', 'error.404.text');
		if (current.status !== 'published') throw new AppError('conflict', 'events.cancel.notPublished');
		await tx
			.update(events)
			.set({ status: 'cancelled', cancelledAt: now, cancellationReason: options.reason, updatedAt: now })
			.where(eq(events.id, current.id));
		const notified = await notifyRegistrantsOfEventChange(tx, {
			officeId: ctx.officeId,
			eventId: current.id,
			change: 'cancelled',
			reason: options.reason
		});
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'events.cancelled',
			entityType: 'event',
			entityId: current.id,
			details: { title: current.title, reason: options.reason, notified }
		});
		return { notified };
	});
}
