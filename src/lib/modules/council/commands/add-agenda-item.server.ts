import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { canManageCouncil } from '../permissions.server.ts';
import { councilAgendaItems } from '../schema.ts';
import { loadSession } from '../access.server.ts';
import type { AgendaItemInput } from '../inputs.ts';

/** Adds an item at the end of a session's agenda (while the session is not yet held). */
export async function addAgendaItem(ctx: Context, input: AgendaItemInput): Promise<{ id: string }> {
	authorize(ctx.actor, canManageCouncil(ctx.actor));
	const actor = ctx.actor;
	return ctx.db.transaction(async (tx) => {
		const session = await loadSession(tx, ctx.officeId, input.sessionId);
		if (session.status === 'cancelled' || session.status === 'minutes_approved')
			throw new AppError('conflict', 'council.error.sessionClosed');
		const [{ last }] = await tx
			.select({ last: sql<number>`coalesce(max(${councilAgendaItems.position}), 0)::int` })
			.from(councilAgendaItems)
			.where(eq(councilAgendaItems.sessionId, session.id));
		const [item] = await tx
			.insert(councilAgendaItems)
			.values({ ...input, position: last + 1 })
			.returning({ id: councilAgendaItems.id });
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'council.agenda_item_added',
			entityType: 'council_session',
			entityId: session.id,
			details: { itemId: item.id, kind: input.kind }
		});
		return item;
	});
}
