import { and, asc, eq, gte, isNull, lte, or } from 'drizzle-orm';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { publicBaseUrl } from '../../../server/links.ts';
import { queueMail } from '../../../server/mail/outbox.ts';
import { getOfficeById } from '../../../server/office.ts';
import { instantToBelgrade } from '../../../i18n/office-time.ts';
import { getDocumentsForLinks } from '../../documents/queries.server.ts';
import { canManageCouncil } from '../permissions.server.ts';
import { councilAgendaItems, councilInvitations, councilMembers, councilSessions } from '../schema.ts';
import { loadBody, loadSession } from '../access.server.ts';
import { invitationMail } from '../mail.server.ts';
import { hashAnswerToken, newAnswerToken } from '../tokens.server.ts';

/**
 * Invites every member whose mandate runs on the session's day and who is not invited yet: one
 * invitation per session and member, an e-mail with the agenda, the materials' links, private
 * "coming / not coming" links and an .ics. The session becomes "invited".
 */
export async function sendCouncilInvitations(
	ctx: Context,
	options: { sessionId: string }
): Promise<{ invited: number; mailed: number }> {
	authorize(ctx.actor, canManageCouncil(ctx.actor));
	const actor = ctx.actor;
	return ctx.db.transaction(async (tx) => {
		const session = await loadSession(tx, ctx.officeId, options.sessionId);
		if (session.status !== 'planned' && session.status !== 'invited')
			throw new AppError('conflict', 'council.error.sessionNotOpenForInvitations');
		const body = await loadBody(tx, ctx.officeId, session.bodyId);
		const office = await getOfficeById(tx, ctx.officeId);
		if (!office) throw new AppError('not_found', 'error.404.text');
		const day = instantToBelgrade(session.startsAt).date;
		const members = await tx
			.select()
			.from(councilMembers)
			.where(
				and(
					eq(councilMembers.bodyId, body.id),
					lte(councilMembers.mandateFrom, day),
					or(isNull(councilMembers.mandateTo), gte(councilMembers.mandateTo, day))
				)
			)
			.orderBy(asc(councilMembers.name));
		const items = await tx
			.select()
			.from(councilAgendaItems)
			.where(eq(councilAgendaItems.sessionId, session.id))
			.orderBy(asc(councilAgendaItems.position));
		const documents = await getDocumentsForLinks(
			tx,
			ctx.officeId,
			items.flatMap((item) => (item.materialDocumentId ? [item.materialDocumentId] : []))
		);
		const agenda = items.map((item) => ({
			title: item.title,
			presenter: item.presenter,
			materialPath: item.materialDocumentId
				? (documents.get(item.materialDocumentId)?.downloadPath ?? null)
				: item.materialUrl || null
		}));
		const baseUrl = publicBaseUrl(office);
		let invited = 0;
		let mailed = 0;
		for (const member of members) {
			const token = newAnswerToken();
			const [created] = await tx
				.insert(councilInvitations)
				.values({ sessionId: session.id, memberId: member.id, tokenHash: hashAnswerToken(token) })
				.onConflictDoNothing()
				.returning({ id: councilInvitations.id });
			if (!created) continue;
			invited++;
			if (!member.email) continue;
			const mail = invitationMail({
				office,
				baseUrl,
				bodyName: body.name,
				session,
				agenda: agenda.map((item) => ({
					...item,
					materialPath: item.materialPath && item.materialPath.startsWith('http') ? null : item.materialPath
				})),
				memberName: member.name,
				token
			});
			await queueMail(tx, { officeId: ctx.officeId, to: member.email, ...mail, sensitive: true });
			mailed++;
		}
		await tx
			.update(councilSessions)
			.set({ status: 'invited', invitedAt: session.invitedAt ?? new Date(), updatedAt: new Date() })
			.where(eq(councilSessions.id, session.id));
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'council.invitations_sent',
			entityType: 'council_session',
			entityId: session.id,
			details: { invited, mailed }
		});
		return { invited, mailed };
	});
}
