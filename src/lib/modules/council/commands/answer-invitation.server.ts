import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../server/db/client.ts';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { canUseCouncilArea } from '../permissions.server.ts';
import { councilInvitations, councilMembers, councilSessions } from '../schema.ts';
import { hashAnswerToken } from '../tokens.server.ts';
import type { InvitationAnswer } from '../schema.ts';

const ANSWERABLE = ['planned', 'invited'];

async function saveAnswer(
	db: Database,
	officeId: string,
	invitation: { id: string; answer: InvitationAnswer; sessionStatus: string; memberId: string; userId: string | null },
	answer: 'coming' | 'not_coming',
	via: 'link' | 'account',
	actor: Context['actor']
): Promise<{ answer: 'coming' | 'not_coming'; changed: boolean }> {
	if (!ANSWERABLE.includes(invitation.sessionStatus)) throw new AppError('conflict', 'council.error.answerClosed');
	if (invitation.answer === answer) return { answer, changed: false };
	await db
		.update(councilInvitations)
		.set({ answer, answeredAt: new Date() })
		.where(eq(councilInvitations.id, invitation.id));
	await recordAudit(db, {
		officeId,
		actor,
		action: 'council.invitation_answered',
		entityType: 'council_invitation',
		entityId: invitation.id,
		details: { answer, via }
	});
	return { answer, changed: true };
}

const invitationColumns = {
	id: councilInvitations.id,
	answer: councilInvitations.answer,
	sessionStatus: councilSessions.status,
	sessionId: councilSessions.id,
	memberId: councilMembers.id,
	userId: councilMembers.userId
};

/**
 * Records an answer from the private link in the invitation e-mail. The link answers its own
 * invitation only (one per session and member); answering again changes that one answer.
 */
export async function answerInvitationByLink(
	db: Database,
	options: { officeId: string; token: string; answer: 'coming' | 'not_coming' }
): Promise<{ answer: 'coming' | 'not_coming'; changed: boolean }> {
	return db.transaction(async (tx) => {
		const [invitation] = await tx
			.select(invitationColumns)
			.from(councilInvitations)
			.innerJoin(councilSessions, eq(councilSessions.id, councilInvitations.sessionId))
			.innerJoin(councilMembers, eq(councilMembers.id, councilInvitations.memberId))
			.where(
				and(
					eq(councilInvitations.tokenHash, hashAnswerToken(options.token)),
					eq(councilSessions.officeId, options.officeId)
				)
			);
		if (!invitation) throw new AppError('not_found', 'council.error.invitationNotFound');
		return saveAnswer(tx, options.officeId, invitation, options.answer, 'link', null);
	});
}

/** Records a signed-in member's answer to their own invitation to a session. */
export async function answerInvitationAsMember(
	ctx: Context,
	options: { sessionId: string; answer: 'coming' | 'not_coming' }
): Promise<{ answer: 'coming' | 'not_coming'; changed: boolean }> {
	authorize(ctx.actor, canUseCouncilArea(ctx.actor));
	const actor = ctx.actor;
	return ctx.db.transaction(async (tx) => {
		const [invitation] = await tx
			.select(invitationColumns)
			.from(councilInvitations)
			.innerJoin(councilSessions, eq(councilSessions.id, councilInvitations.sessionId))
			.innerJoin(councilMembers, eq(councilMembers.id, councilInvitations.memberId))
			.where(
				and(
					eq(councilSessions.officeId, ctx.officeId),
					eq(councilSessions.id, options.sessionId),
					eq(councilMembers.userId, actor.userId)
				)
			);
		if (!invitation) throw new AppError('not_found', 'council.error.invitationNotFound');
		return saveAnswer(tx, ctx.officeId, invitation, options.answer, 'account', actor);
	});
}
