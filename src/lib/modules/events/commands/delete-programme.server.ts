import { and, count, eq } from 'drizzle-orm';
import { events, programmes } from '../schema.ts';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { isUuid } from '../../../server/ids.ts';
import { canManageEvents } from '../permissions.server.ts';

/** Removes a programme no event belongs to; one with events is refused (their history would lose it). */
export async function deleteProgramme(ctx: Context, options: { id: string }): Promise<void> {
	authorize(ctx.actor, canManageEvents(ctx.actor));
	const actor = ctx.actor;
	if (!isUuid(options.id)) throw new AppError('not_found', 'error.404.text');
	await ctx.db.transaction(async (tx) => {
		const [current] = await tx
			.select()
			.from(programmes)
			.where(and(eq(programmes.officeId, ctx.officeId), eq(programmes.id, options.id)))
			.for('update');
		if (!current) throw new AppError('not_found', 'error.404.text');
		const [{ used }] = await tx.select({ used: count() }).from(events).where(eq(events.programmeId, options.id));
		if (used > 0) throw new AppError('conflict', 'events.programme.inUse');
		await tx.delete(programmes).where(eq(programmes.id, options.id));
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'events.programme.deleted',
			entityType: 'programme',
			entityId: options.id,
			details: { name: current.name, slug: current.slug }
		});
	});
}
