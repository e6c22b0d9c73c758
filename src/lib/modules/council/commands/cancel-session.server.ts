import { asc, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { publicBaseUrl } from '../../../server/links.ts';
import { queueMail } from '../../../server/mail/outbox.ts';
import { getOfficeById } from '../../../server/office.ts';
import { canManageCouncil } from '../permissions.server.ts';
import { councilInvitations, councilMembers, councilSessions } from '../schema.ts';
import { loadBody, loadSession } from '../access.server.ts';
import { cancellationMail } from '../mail.server.ts';
import type { CancelSessionInput } from '../inputs.ts';

/**
 * Calls off a session that has not been held, with a reason. Every invited member with an e-mail
 * address is told through the outbox; their invitation had an .ics, so the notice carries a CANCEL
 * for the same event and calendar apps remove it. The public calendar marks it cancelled.
 */
export async function cancelCouncilSession(ctx: Context, input: CancelSessionInput): Promise<{ mailed: number }> {
	authorize(ctx.actor, canManageCouncil(ctx.actor));
	const actor = ctx.actor;
	return ctx.db.transaction(async (tx) => {
		// The row lock keeps two clerks from cancelling (and mailing everyone) twice; the status is read after it.
		await loadSession(tx, ctx.officeId, input.sessionId);
		await tx.execute(sql`select 1 from council_sessions where id = ${input.sessionId} for update`);
		const session = await loadSession(tx, ctx.officeId, input.sessionId);
		if (session.status === 'cancelled') throw new AppError('conflict', 'council.error.alreadyCancelled');
		if (session.status !== 'planned' && session.status !== 'invited')
			throw new AppError('conflict', 'council.error.cancelAfterHeld');
		const body = await loadBody(tx, ctx.officeId, session.bodyId);
		const office = await getOfficeById(tx, ctx.officeId);
		if (!office) throw new AppError('not_found', 'error.404.text');
		const now = new Date();
		await tx
			.update(councilSessions)
			.set({ status: 'cancelled', cancelledAt: now, cancelReason: input.reason, updatedAt: now })
			.where(eq(councilSessions.id, session.id));
		const invited = await tx
			.select({ name: councilMembers.name, email: councilMembers.email })
			.from(councilInvitations)
			.innerJoin(councilMembers, eq(councilMembers.id, councilInvitations.memberId))
			.where(eq(councilInvitations.sessionId, session.id))
			.orderBy(asc(councilMembers.name));
		const baseUrl = publicBaseUrl(office);
		let mailed = 0;
		for (const member of invited) {
			if (!member.email) continue;
			const mail = cancellationMail({
				office,
				baseUrl,
				bodyName: body.name,
				session,
				memberName: member.name,
				reason: input.reason,
				withCalendar: session.invitedAt !== null
			});
			await queueMail(tx, { officeId: ctx.officeId, to: member.email, ...mail });
			mailed++;
		}
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'council.session_cancelled',
			entityType: 'council_session',
			entityId: session.id,
			details: { reason: input.reason, mailed }
		});
		return { mailed };
	});
}
