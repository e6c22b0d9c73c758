import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { canManageCouncil } from '../permissions.server.ts';
import { councilSessions } from '../schema.ts';
import { loadBody } from '../access.server.ts';
import type { SessionInput } from '../inputs.ts';

/** Plans a body's next session (numbered after the body's last one); a planned session must lie ahead. */
export async function createCouncilSession(
	ctx: Context,
	input: SessionInput,
	now = new Date()
): Promise<{ id: string; number: number }> {
	authorize(ctx.actor, canManageCouncil(ctx.actor));
	const actor = ctx.actor;
	if (input.startsAt <= now)
		throw new AppError('invalid', 'council.error.plannedInPast', { startsAt: 'council.error.plannedInPast' });
	return ctx.db.transaction(async (tx) => {
		const body = await loadBody(tx, ctx.officeId, input.bodyId);
		const [{ last }] = await tx
			.select({ last: sql<number>`coalesce(max(${councilSessions.number}), 0)::int` })
			.from(councilSessions)
			.where(eq(councilSessions.bodyId, body.id));
		const [session] = await tx
			.insert(councilSessions)
			.values({ ...input, officeId: ctx.officeId, number: last + 1 })
			.returning({ id: councilSessions.id, number: councilSessions.number });
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'council.session_created',
			entityType: 'council_session',
			entityId: session.id,
			details: { bodyId: body.id, number: session.number }
		});
		return session;
	});
}
