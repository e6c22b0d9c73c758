import { eq } from 'drizzle-orm';
import { events } from '../schema.ts';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { isUuid } from '../../../server/ids.ts';
import { hasRegistrations } from '../../registrations/place-counts.server.ts';
import { lockEvent } from '../queries.server.ts';
import { canManageEvents } from '../permissions.server.ts';

/**
 * Removes an event nobody ever registered for (a draft, or one published by mistake). An event with
 * registrations is cancelled instead, so the people on it are told and its history stays.
 */
export async function deleteEvent(ctx: Context, options: { id: string }): Promise<void> {
	authorize(ctx.actor, canManageEvents(ctx.actor));
	const actor = ctx.actor;
	if (!isUuid(options.id)) throw new AppError('not_found', 'error.404.text');
	await ctx.db.transaction(async (tx) => {
		const current = await lockEvent(tx, ctx.officeId, options.id);
		if (!current) throw new AppError('not_found', 'error.404.text');
		if (await hasRegistrations(tx, current.id)) throw new AppError('conflict', 'events.delete.hasRegistrations');
		await tx.delete(events).where(eq(events.id, current.id));
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'events.deleted',
			entityType: 'event',
			entityId: current.id,
			details: { title: current.title, slug: current.slug, status: current.status }
		});
	});
}
