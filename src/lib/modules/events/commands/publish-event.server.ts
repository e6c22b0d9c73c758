import { eq } from 'drizzle-orm';
import { events } from '../schema.ts';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { isUuid } from '../../../server/ids.ts';
import { lockEvent } from '../queries.server.ts';
import { canManageEvents } from '../permissions.server.ts';

/** Puts a draft on the portal (list, calendar, feeds); registration opens as its settings say. */
export async function publishEvent(ctx: Context, options: { id: string; now?: Date }): Promise<{ slug: string }> {
	authorize(ctx.actor, canManageEvents(ctx.actor));
	const actor = ctx.actor;
	if (!isUuid(options.id)) throw new AppError('not_found', 'error.404.text');
	return ctx.db.transaction(async (tx) => {
		const current = await lockEvent(tx, ctx.officeId, options.id);
		if (!current) throw new AppError('not_found', 'error.404.text');
		if (current.status !== 'draft') throw new AppError('conflict', 'events.publish.notDraft');
		await tx
			.update(events)
			.set({ status: 'published', updatedAt: options.now ?? new Date() })
			.where(eq(events.id, current.id));
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'events.published',
			entityType: 'event',
			entityId: current.id,
			details: { title: current.title }
		});
		return { slug: current.slug };
	});
}
