import { and, eq, inArray, notInArray } from 'drizzle-orm';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { canManageCouncil } from '../permissions.server.ts';
import { councilInvitations, councilSessions } from '../schema.ts';
import { loadSession } from '../access.server.ts';
import { hasQuorum } from '../rules.ts';
import { loadBody } from '../access.server.ts';

/**
 * Records who came (the invited members ticked), marks the session held and says whether the members
 * present made a quorum. Can be repeated while the session runs.
 */
export async function recordCouncilAttendance(
	ctx: Context,
	options: { sessionId: string; present: readonly string[] },
	now = new Date()
): Promise<{ present: number; invited: number; quorum: boolean }> {
	authorize(ctx.actor, canManageCouncil(ctx.actor));
	const actor = ctx.actor;
	return ctx.db.transaction(async (tx) => {
		const session = await loadSession(tx, ctx.officeId, options.sessionId);
		if (session.status === 'cancelled' || session.status === 'minutes_approved')
			throw new AppError('conflict', 'council.error.sessionClosed');
		if (session.startsAt.getTime() - now.getTime() > 12 * 3_600_000)
			throw new AppError('conflict', 'council.error.attendanceTooEarly');
		const body = await loadBody(tx, ctx.officeId, session.bodyId);
		const invitations = await tx
			.select({ memberId: councilInvitations.memberId })
			.from(councilInvitations)
			.where(eq(councilInvitations.sessionId, session.id));
		const invitedIds = new Set(invitations.map((row) => row.memberId));
		const present = [...new Set(options.present)].filter((id) => invitedIds.has(id));
		if (present.length > 0)
			await tx
				.update(councilInvitations)
				.set({ attended: true })
				.where(and(eq(councilInvitations.sessionId, session.id), inArray(councilInvitations.memberId, present)));
		await tx
			.update(councilInvitations)
			.set({ attended: false })
			.where(
				and(
					eq(councilInvitations.sessionId, session.id),
					present.length > 0 ? notInArray(councilInvitations.memberId, present) : undefined
				)
			);
		await tx
			.update(councilSessions)
			.set({ status: 'held', updatedAt: new Date() })
			.where(eq(councilSessions.id, session.id));
		const quorum = hasQuorum(present.length, invitedIds.size, body.quorumPercent);
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'council.attendance_recorded',
			entityType: 'council_session',
			entityId: session.id,
			details: { present: present.length, invited: invitedIds.size, quorum }
		});
		return { present: present.length, invited: invitedIds.size, quorum };
	});
}
