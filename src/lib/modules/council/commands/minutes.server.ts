// Minutes: drafted from the session's record, edited by staff, sent to members for comments, approved once.
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { sanitizeRichText } from '../../../server/html.ts';
import { queueMail } from '../../../server/mail/outbox.ts';
import { getOfficeById } from '../../../server/office.ts';
import { DEFAULT_LOCALE } from '../../../i18n/locale.ts';
import { publicLink } from '../../../server/links.ts';
import { canManageCouncil, canUseCouncilArea } from '../permissions.server.ts';
import {
	councilAgendaItems,
	councilDecisions,
	councilInvitations,
	councilMembers,
	councilMinutesComments,
	councilSessions
} from '../schema.ts';
import { loadBody, loadSession, mandateOf, todayIn } from '../access.server.ts';
import { mailI18n } from '../mail.server.ts';
import { decisionNumber } from '../rules.ts';
import { namedVotesOf, type NamedVoteView } from '../queries.server.ts';
import { NAMED_VOTES } from '../kinds.ts';

const escape = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Writes draft minutes from the record (attendance, each item's discussion, votes and decisions). */
export async function draftCouncilMinutes(ctx: Context, options: { sessionId: string }): Promise<void> {
	authorize(ctx.actor, canManageCouncil(ctx.actor));
	const actor = ctx.actor;
	await ctx.db.transaction(async (tx) => {
		const session = await loadSession(tx, ctx.officeId, options.sessionId);
		if (session.status !== 'held') throw new AppError('conflict', 'council.error.minutesBeforeHeld');
		const body = await loadBody(tx, ctx.officeId, session.bodyId);
		const office = await getOfficeById(tx, ctx.officeId);
		const i18n = mailI18n(office ?? { keepLatin: [] });
		const attendance = await tx
			.select({ name: councilMembers.name, attended: councilInvitations.attended })
			.from(councilInvitations)
			.innerJoin(councilMembers, eq(councilMembers.id, councilInvitations.memberId))
			.where(eq(councilInvitations.sessionId, session.id))
			.orderBy(asc(councilMembers.name));
		const items = await tx
			.select()
			.from(councilAgendaItems)
			.where(eq(councilAgendaItems.sessionId, session.id))
			.orderBy(asc(councilAgendaItems.position));
		const decisions = await tx.select().from(councilDecisions).where(eq(councilDecisions.sessionId, session.id));
		const votesByItem = body.namedVotes
			? await namedVotesOf(
					tx,
					items.map((item) => item.id)
				)
			: new Map<string, NamedVoteView[]>();
		const present = attendance.filter((row) => row.attended).map((row) => escape(row.name));
		const absent = attendance.filter((row) => !row.attended).map((row) => escape(row.name));
		const parts = [
			`<p>${escape(
				i18n.t('council.minutes.opening', {
					number: session.number,
					body: body.name,
					date: i18n.formatDate(session.startsAt, { dateStyle: 'long', timeStyle: 'short' }),
					place: session.place || session.onlineUrl || '—'
				})
			)}</p>`,
			`<p><strong>${escape(i18n.t('council.minutes.present'))}:</strong> ${present.join(', ') || '—'}</p>`,
			`<p><strong>${escape(i18n.t('council.minutes.absent'))}:</strong> ${absent.join(', ') || '—'}</p>`
		];
		if (session.guests)
			parts.push(`<p><strong>${escape(i18n.t('council.field.guests'))}:</strong> ${escape(session.guests)}</p>`);
		for (const item of items) {
			parts.push(`<h3>${item.position}. ${escape(item.title)}</h3>`);
			if (item.presenter) parts.push(`<p>${escape(i18n.t('council.minutes.presenter', { name: item.presenter }))}</p>`);
			if (item.discussion) parts.push(`<p>${escape(item.discussion)}</p>`);
			if (item.votesFor !== null || item.votesAgainst !== null || item.votesAbstained !== null)
				parts.push(
					`<p>${escape(
						i18n.t('council.minutes.votes', {
							for: item.votesFor ?? 0,
							against: item.votesAgainst ?? 0,
							abstained: item.votesAbstained ?? 0
						})
					)}</p>`
				);
			// A body that votes by name records who voted how (the rules of a parliament ask for it).
			const named = votesByItem.get(item.id) ?? [];
			for (const kind of NAMED_VOTES) {
				const names = named.filter((vote) => vote.vote === kind).map((vote) => escape(vote.name));
				if (names.length > 0)
					parts.push(`<p><strong>${escape(i18n.t(`council.minutes.named.${kind}`))}:</strong> ${names.join(', ')}</p>`);
			}
			for (const decision of decisions.filter((row) => row.agendaItemId === item.id))
				parts.push(
					`<p><strong>${escape(i18n.t('council.minutes.decision', { number: decisionNumber(decision) }))}</strong> ${escape(decision.title)}${decision.text ? `: ${escape(decision.text)}` : ''}</p>`
				);
		}
		await tx
			.update(councilSessions)
			.set({ minutesHtml: sanitizeRichText(parts.join('\n')), minutesStatus: 'draft', updatedAt: new Date() })
			.where(eq(councilSessions.id, session.id));
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'council.minutes_drafted',
			entityType: 'council_session',
			entityId: session.id
		});
	});
}

/** Saves the minutes as edited in the rich-text editor (approved minutes are final). */
export async function saveCouncilMinutes(
	ctx: Context,
	options: { sessionId: string; minutesHtml: string }
): Promise<void> {
	authorize(ctx.actor, canManageCouncil(ctx.actor));
	const actor = ctx.actor;
	await ctx.db.transaction(async (tx) => {
		const session = await loadSession(tx, ctx.officeId, options.sessionId);
		if (session.minutesStatus === 'approved') throw new AppError('conflict', 'council.error.minutesAlreadyApproved');
		if (session.status !== 'held') throw new AppError('conflict', 'council.error.minutesBeforeHeld');
		await tx
			.update(councilSessions)
			.set({
				minutesHtml: sanitizeRichText(options.minutesHtml),
				minutesStatus: session.minutesStatus === 'none' ? 'draft' : session.minutesStatus,
				updatedAt: new Date()
			})
			.where(eq(councilSessions.id, session.id));
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'council.minutes_saved',
			entityType: 'council_session',
			entityId: session.id
		});
	});
}

/** Sends draft minutes to the invited members for comments (by e-mail, and in their area). */
export async function sendMinutesForComments(
	ctx: Context,
	options: { sessionId: string }
): Promise<{ mailed: number }> {
	authorize(ctx.actor, canManageCouncil(ctx.actor));
	const actor = ctx.actor;
	return ctx.db.transaction(async (tx) => {
		const session = await loadSession(tx, ctx.officeId, options.sessionId);
		if (session.minutesStatus === 'approved') throw new AppError('conflict', 'council.error.minutesAlreadyApproved');
		if (session.minutesStatus === 'none' || !session.minutesHtml)
			throw new AppError('conflict', 'council.error.noMinutesYet');
		const body = await loadBody(tx, ctx.officeId, session.bodyId);
		const office = await getOfficeById(tx, ctx.officeId);
		if (!office) throw new AppError('not_found', 'error.404.text');
		const i18n = mailI18n(office);
		const link = publicLink(office, '/account/council', DEFAULT_LOCALE);
		const recipients = await tx
			.select({ name: councilMembers.name, email: councilMembers.email })
			.from(councilInvitations)
			.innerJoin(councilMembers, eq(councilMembers.id, councilInvitations.memberId))
			.where(eq(councilInvitations.sessionId, session.id));
		let mailed = 0;
		for (const recipient of recipients) {
			if (!recipient.email) continue;
			await queueMail(tx, {
				officeId: ctx.officeId,
				to: recipient.email,
				subject: i18n.t('council.mail.minutesSubject', { number: session.number, body: i18n.text(body.name) }),
				text: i18n.t('council.mail.minutesBody', {
					name: recipient.name,
					number: session.number,
					body: i18n.text(body.name),
					link
				})
			});
			mailed++;
		}
		await tx
			.update(councilSessions)
			.set({ minutesStatus: 'sent', updatedAt: new Date() })
			.where(eq(councilSessions.id, session.id));
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'council.minutes_sent',
			entityType: 'council_session',
			entityId: session.id,
			details: { mailed }
		});
		return { mailed };
	});
}

/** A member's comment on draft minutes sent to their body; nobody else may comment. */
export async function commentOnMinutes(
	ctx: Context,
	options: { sessionId: string; text: string },
	now = new Date()
): Promise<{ id: string }> {
	authorize(ctx.actor, canUseCouncilArea(ctx.actor));
	const actor = ctx.actor;
	return ctx.db.transaction(async (tx) => {
		const session = await loadSession(tx, ctx.officeId, options.sessionId);
		const [invited] = await tx
			.select({ memberId: councilInvitations.memberId })
			.from(councilInvitations)
			.innerJoin(councilMembers, eq(councilMembers.id, councilInvitations.memberId))
			.where(and(eq(councilInvitations.sessionId, session.id), eq(councilMembers.userId, actor.userId)));
		const member = invited ? { id: invited.memberId } : await mandateOf(tx, session.bodyId, actor.userId, todayIn(now));
		if (!member) throw new AppError('not_found', 'error.404.text');
		if (session.minutesStatus !== 'sent') throw new AppError('conflict', 'council.error.minutesNotOpenForComments');
		const [comment] = await tx
			.insert(councilMinutesComments)
			.values({ sessionId: session.id, memberId: member.id, text: options.text })
			.returning({ id: councilMinutesComments.id });
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'council.minutes_commented',
			entityType: 'council_session',
			entityId: session.id,
			details: { commentId: comment.id }
		});
		return comment;
	});
}

/** Marks minutes approved (at a later session) and publishes them; approving twice is refused. */
export async function approveCouncilMinutes(ctx: Context, options: { sessionId: string }): Promise<void> {
	authorize(ctx.actor, canManageCouncil(ctx.actor));
	const actor = ctx.actor;
	await ctx.db.transaction(async (tx) => {
		const session = await loadSession(tx, ctx.officeId, options.sessionId);
		if (session.minutesStatus === 'approved') throw new AppError('conflict', 'council.error.minutesAlreadyApproved');
		if (session.minutesStatus === 'none' || !session.minutesHtml)
			throw new AppError('conflict', 'council.error.noMinutesYet');
		const [updated] = await tx
			.update(councilSessions)
			.set({
				minutesStatus: 'approved',
				status: 'minutes_approved',
				minutesApprovedAt: new Date(),
				updatedAt: new Date()
			})
			.where(and(eq(councilSessions.id, session.id), isNotNull(councilSessions.minutesHtml)))
			.returning({ id: councilSessions.id });
		if (!updated) throw new AppError('conflict', 'council.error.minutesAlreadyApproved');
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'council.minutes_approved',
			entityType: 'council_session',
			entityId: session.id
		});
	});
}
