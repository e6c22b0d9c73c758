// Reads of the council module: staff screens (personal details audited), the member's own area, the
// public pages and feeds, and the figures other modules ask for through the manifest.
import { and, asc, desc, eq, gte, inArray, isNull, lt, lte, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import { recordAudit } from '../../server/audit.ts';
import { authorize, type Context } from '../../server/actor.ts';
import { AppError } from '../../server/errors.ts';
import { isUuid } from '../../server/ids.ts';
import { searchTerms } from '../../server/search.ts';
import { searchKey } from '../../i18n/script.ts';
import type { AttentionItem, SearchHit, SitemapEntry } from '../../server/manifest.ts';
import { instantToBelgrade } from '../../i18n/office-time.ts';
import { getDocumentsForLinks } from '../documents/queries.server.ts';
import { resolveDecisionLinks } from './links.server.ts';
import { canManageCouncil, canUseCouncilArea } from './permissions.server.ts';
import { orderOf, stateOrder } from '../../server/list-sort.ts';
import { outer } from '../../server/db/outer.ts';
import type { SortState } from '../../ui/data-table.ts';
import { BODY_KINDS } from './kinds.ts';
import {
	councilAgendaItems,
	councilBodies,
	councilDecisions,
	councilInvitations,
	councilMembers,
	councilMinutesComments,
	councilSessions,
	councilVotes,
	type MemberRole,
	type NamedVote
} from './schema.ts';
import { ageRuleMembersOf, ageRulePolicyOf, loadBody, loadSession, mandateOf, todayIn } from './access.server.ts';
import { hashAnswerToken } from './tokens.server.ts';
import {
	ageAt,
	checkAgeRule,
	decisionNumber,
	isDecisionOverdue,
	isMandateRunning,
	quorumNeeded,
	type AgeRuleReport
} from './rules.ts';

export type BodyRow = typeof councilBodies.$inferSelect;
export type MemberRow = typeof councilMembers.$inferSelect;
export type SessionRow = typeof councilSessions.$inferSelect;
export type AgendaItemRow = typeof councilAgendaItems.$inferSelect;
export type DecisionRow = typeof councilDecisions.$inferSelect;

/** An agenda item with its material's download address (library document or link). */
export type AgendaItemView = AgendaItemRow & { materialPath: string | null; materialTitle: string | null };

async function agendaOf(
	db: Database,
	officeId: string,
	sessionIds: readonly string[]
): Promise<Map<string, AgendaItemView[]>> {
	const result = new Map<string, AgendaItemView[]>();
	if (sessionIds.length === 0) return result;
	const items = await db
		.select()
		.from(councilAgendaItems)
		.where(inArray(councilAgendaItems.sessionId, [...sessionIds]))
		.orderBy(asc(councilAgendaItems.position));
	const documents = await getDocumentsForLinks(
		db,
		officeId,
		items.flatMap((item) => (item.materialDocumentId ? [item.materialDocumentId] : []))
	);
	for (const item of items) {
		const document = item.materialDocumentId ? documents.get(item.materialDocumentId) : undefined;
		const view: AgendaItemView = {
			...item,
			materialPath: document?.isPublished ? document.downloadPath : item.materialUrl || null,
			materialTitle: document?.isPublished ? document.title : null
		};
		result.set(item.sessionId, [...(result.get(item.sessionId) ?? []), view]);
	}
	return result;
}

/** One member's named vote, with what the public may see of them. */
export interface NamedVoteView {
	memberId: string;
	vote: NamedVote;
	name: string;
	showName: boolean;
	role: MemberRole;
	birthYear: number;
}

/** The named votes of the given agenda items, by item, in the members' alphabetical order. */
export async function namedVotesOf(db: Database, itemIds: readonly string[]): Promise<Map<string, NamedVoteView[]>> {
	const result = new Map<string, NamedVoteView[]>();
	if (itemIds.length === 0) return result;
	const rows = await db
		.select({
			itemId: councilVotes.agendaItemId,
			memberId: councilVotes.memberId,
			vote: councilVotes.vote,
			name: councilMembers.name,
			showName: councilMembers.showName,
			role: councilMembers.role,
			birthYear: councilMembers.birthYear
		})
		.from(councilVotes)
		.innerJoin(councilMembers, eq(councilMembers.id, councilVotes.memberId))
		.where(inArray(councilVotes.agendaItemId, [...itemIds]))
		.orderBy(asc(councilMembers.name));
	for (const { itemId, ...vote } of rows) result.set(itemId, [...(result.get(itemId) ?? []), vote]);
	return result;
}

/**
 * Named votes as the public sees them: the name of a member who agreed to publish it, otherwise their
 * role and age, as on the composition list.
 */
export function publicNamedVotes(votes: readonly NamedVoteView[], date: string) {
	return votes.map((vote) => ({
		vote: vote.vote,
		name: vote.showName ? vote.name : null,
		role: vote.role,
		age: ageAt(vote.birthYear, date)
	}));
}

const withNumber = <T extends { year: number; sequence: number }>(row: T) => ({ ...row, number: decisionNumber(row) });

// ---------------------------------------------------------------- staff

/** The body list's sortable columns (?sort=), given the day whose running mandates count as members. */
export function councilBodySortColumns(today: string) {
	return {
		name: sql`kzm_sort_key(${councilBodies.name}) COLLATE "C"`,
		kind: stateOrder(councilBodies.kind, BODY_KINDS),
		// Mandates running on the day, as isMandateRunning reads them.
		members: sql`(select count(*)::int from ${councilMembers} m where m.body_id = ${outer(councilBodies.id)} and m.mandate_from <= ${today}::date and (m.mandate_to is null or m.mandate_to >= ${today}::date))`
	} as const;
}

/** The body list's sortable column names (the address is read against these). */
export const COUNCIL_BODY_SORT_COLUMNS = councilBodySortColumns('2000-01-01');

/** Whether a body breaks the age rule today or soon will (its look-ahead warning): the dashboard and the list mark it. */
async function ageRuleNeedsAttention(db: Database, officeId: string, body: BodyRow, today: string): Promise<boolean> {
	const report = checkAgeRule(await ageRuleMembersOf(db, body.id), await ageRulePolicyOf(db, officeId, body), today);
	return !report.today.holds || !!report.warning;
}

/** The office's bodies with how many members sit on them today, for the back-office list, by name unless a column was chosen. */
export async function listCouncilBodies(ctx: Context, now = new Date(), sort: SortState | null = null) {
	authorize(ctx.actor, canManageCouncil(ctx.actor));
	const today = todayIn(now);
	const bodies = await ctx.db
		.select()
		.from(councilBodies)
		.where(eq(councilBodies.officeId, ctx.officeId))
		.orderBy(...orderOf(sort, councilBodySortColumns(today), [asc(councilBodies.name)], [asc(councilBodies.id)]));
	const members = await ctx.db
		.select({
			bodyId: councilMembers.bodyId,
			mandateFrom: councilMembers.mandateFrom,
			mandateTo: councilMembers.mandateTo
		})
		.from(councilMembers)
		.where(eq(councilMembers.officeId, ctx.officeId));
	const overdue = await listOverdueDecisions(ctx.db, ctx.officeId, today);
	const rows = [];
	for (const body of bodies) {
		rows.push({
			...body,
			memberCount: members.filter((member) => member.bodyId === body.id && isMandateRunning(member, today)).length,
			overdueCount: overdue.filter((decision) => decision.bodyId === body.id).length,
			ageRuleAttention: await ageRuleNeedsAttention(ctx.db, ctx.officeId, body, today)
		});
	}
	return rows;
}

/** A body's own fields for its edit form; staff only. */
export async function getBodyForEditing(ctx: Context, bodyId: string): Promise<BodyRow> {
	authorize(ctx.actor, canManageCouncil(ctx.actor));
	return loadBody(ctx.db, ctx.officeId, bodyId);
}

/**
 * A body for staff: members with their personal details (the read is audited), the age rule at a date
 * with its look-ahead warning, sessions and decisions (overdue marked).
 */
export async function getBodyForStaff(ctx: Context, bodyId: string, options: { date?: string; now?: Date } = {}) {
	authorize(ctx.actor, canManageCouncil(ctx.actor));
	const body = await loadBody(ctx.db, ctx.officeId, bodyId);
	const today = todayIn(options.now);
	const date = options.date ?? today;
	const policy = await ageRulePolicyOf(ctx.db, ctx.officeId, body);
	const members = await ctx.db
		.select()
		.from(councilMembers)
		.where(eq(councilMembers.bodyId, body.id))
		.orderBy(asc(councilMembers.name));
	const ageRule: AgeRuleReport = checkAgeRule(await ageRuleMembersOf(ctx.db, body.id), policy, date);
	const sessions = await ctx.db
		.select()
		.from(councilSessions)
		.where(eq(councilSessions.bodyId, body.id))
		.orderBy(desc(councilSessions.startsAt));
	const decisions = await ctx.db
		.select()
		.from(councilDecisions)
		.where(eq(councilDecisions.bodyId, body.id))
		.orderBy(desc(councilDecisions.year), desc(councilDecisions.sequence));
	await recordAudit(ctx.db, {
		officeId: ctx.officeId,
		actor: ctx.actor,
		action: 'council.members_viewed',
		entityType: 'council_body',
		entityId: body.id,
		details: { shown: members.length }
	});
	return {
		body,
		policy,
		date,
		ageRule,
		current: members
			.filter((member) => isMandateRunning(member, date))
			.map((member) => ({ ...member, age: ageAt(member.birthYear, date) })),
		past: members.filter((member) => !isMandateRunning(member, date)),
		sessions,
		decisions: decisions.map((decision) => ({ ...withNumber(decision), isOverdue: isDecisionOverdue(decision, today) }))
	};
}

/** A session for staff: agenda, invitations and answers, the quorum forecast, record, minutes and comments. */
export async function getSessionForStaff(ctx: Context, sessionId: string) {
	authorize(ctx.actor, canManageCouncil(ctx.actor));
	const session = await loadSession(ctx.db, ctx.officeId, sessionId);
	const body = await loadBody(ctx.db, ctx.officeId, session.bodyId);
	const agenda = (await agendaOf(ctx.db, ctx.officeId, [session.id])).get(session.id) ?? [];
	const invitations = await ctx.db
		.select({
			memberId: councilMembers.id,
			name: councilMembers.name,
			role: councilMembers.role,
			hasEmail: sql<boolean>`${councilMembers.email} <> ''`,
			answer: councilInvitations.answer,
			answeredAt: councilInvitations.answeredAt,
			attended: councilInvitations.attended
		})
		.from(councilInvitations)
		.innerJoin(councilMembers, eq(councilMembers.id, councilInvitations.memberId))
		.where(eq(councilInvitations.sessionId, session.id))
		.orderBy(asc(councilMembers.name));
	const day = instantToBelgrade(session.startsAt).date;
	const members = await ctx.db
		.select({
			id: councilMembers.id,
			name: councilMembers.name,
			mandateFrom: councilMembers.mandateFrom,
			mandateTo: councilMembers.mandateTo
		})
		.from(councilMembers)
		.where(eq(councilMembers.bodyId, body.id))
		.orderBy(asc(councilMembers.name));
	const memberCount = members.filter((member) => isMandateRunning(member, day)).length;
	const decisions = await ctx.db.select().from(councilDecisions).where(eq(councilDecisions.sessionId, session.id));
	const comments = await ctx.db
		.select({
			id: councilMinutesComments.id,
			text: councilMinutesComments.text,
			createdAt: councilMinutesComments.createdAt,
			name: councilMembers.name
		})
		.from(councilMinutesComments)
		.innerJoin(councilMembers, eq(councilMembers.id, councilMinutesComments.memberId))
		.where(eq(councilMinutesComments.sessionId, session.id))
		.orderBy(asc(councilMinutesComments.createdAt));
	const coming = invitations.filter((row) => row.answer === 'coming').length;
	const present = invitations.filter((row) => row.attended).length;
	const needed = quorumNeeded(invitations.length || memberCount, body.quorumPercent);
	const named = await namedVotesOf(
		ctx.db,
		agenda.map((item) => item.id)
	);
	return {
		session,
		body,
		agenda,
		/** Each item's named votes by member id (bodies that vote by name). */
		namedVotes: Object.fromEntries(
			[...named].map(([itemId, votes]) => [itemId, Object.fromEntries(votes.map((vote) => [vote.memberId, vote.vote]))])
		) as Record<string, Record<string, NamedVote>>,
		invitations,
		members: members.filter((member) => isMandateRunning(member, day)).map(({ id, name }) => ({ id, name })),
		quorum: { needed, coming, present, expected: coming >= needed, reached: present >= needed },
		decisions: decisions.map(withNumber),
		comments
	};
}

/** Open decisions whose deadline has passed, oldest deadline first. */
export async function listOverdueDecisions(db: Database, officeId: string, today: string) {
	const rows = await db
		.select({ decision: councilDecisions, bodyName: councilBodies.name })
		.from(councilDecisions)
		.innerJoin(councilBodies, eq(councilBodies.id, councilDecisions.bodyId))
		.where(
			and(
				eq(councilDecisions.officeId, officeId),
				inArray(councilDecisions.status, ['adopted', 'in_progress']),
				lt(councilDecisions.deadline, today)
			)
		)
		.orderBy(asc(councilDecisions.deadline));
	return rows.map((row) => ({ ...withNumber(row.decision), bodyName: row.bodyName }));
}

/** Every decision of the office for staff follow-up (overdue first when asked). */
export async function listDecisionsForStaff(ctx: Context, options: { overdueOnly?: boolean; now?: Date } = {}) {
	authorize(ctx.actor, canManageCouncil(ctx.actor));
	const today = todayIn(options.now);
	if (options.overdueOnly)
		return (await listOverdueDecisions(ctx.db, ctx.officeId, today)).map((row) => ({ ...row, isOverdue: true }));
	const rows = await ctx.db
		.select({ decision: councilDecisions, bodyName: councilBodies.name })
		.from(councilDecisions)
		.innerJoin(councilBodies, eq(councilBodies.id, councilDecisions.bodyId))
		.where(eq(councilDecisions.officeId, ctx.officeId))
		.orderBy(desc(councilDecisions.year), desc(councilDecisions.sequence));
	return rows.map((row) => ({
		...withNumber(row.decision),
		bodyName: row.bodyName,
		isOverdue: isDecisionOverdue(row.decision, today)
	}));
}

// ---------------------------------------------------------------- the member's own area

/**
 * What a signed-in council member sees: their bodies, upcoming sessions with the agenda and their
 * answer, draft minutes sent for comments (their bodies only), and decisions they are responsible for.
 * Other members' contact details and years of birth are never part of it.
 */
export async function getCouncilAreaFor(ctx: Context, now = new Date()) {
	authorize(ctx.actor, canUseCouncilArea(ctx.actor));
	const today = todayIn(now);
	const mandates = await ctx.db
		.select({ member: councilMembers, body: councilBodies })
		.from(councilMembers)
		.innerJoin(councilBodies, eq(councilBodies.id, councilMembers.bodyId))
		.where(and(eq(councilMembers.officeId, ctx.officeId), eq(councilMembers.userId, ctx.actor.userId)));
	const running = mandates.filter((row) => isMandateRunning(row.member, today));
	const memberIds = mandates.map((row) => row.member.id);
	const bodyIds = [...new Set(running.map((row) => row.body.id))];
	const sessions = bodyIds.length
		? await ctx.db
				.select()
				.from(councilSessions)
				.where(
					and(
						inArray(councilSessions.bodyId, bodyIds),
						or(
							and(inArray(councilSessions.status, ['planned', 'invited']), gte(councilSessions.endsAt, now)),
							eq(councilSessions.minutesStatus, 'sent')
						)
					)
				)
				.orderBy(asc(councilSessions.startsAt))
		: [];
	const agendas = await agendaOf(
		ctx.db,
		ctx.officeId,
		sessions.map((session) => session.id)
	);
	const invitations = memberIds.length
		? await ctx.db
				.select({ sessionId: councilInvitations.sessionId, answer: councilInvitations.answer })
				.from(councilInvitations)
				.where(inArray(councilInvitations.memberId, memberIds))
		: [];
	const comments = memberIds.length
		? await ctx.db
				.select()
				.from(councilMinutesComments)
				.where(inArray(councilMinutesComments.memberId, memberIds))
				.orderBy(asc(councilMinutesComments.createdAt))
		: [];
	const decisions = memberIds.length
		? await ctx.db
				.select({ decision: councilDecisions, bodyName: councilBodies.name })
				.from(councilDecisions)
				.innerJoin(councilBodies, eq(councilBodies.id, councilDecisions.bodyId))
				.where(inArray(councilDecisions.responsibleMemberId, memberIds))
				.orderBy(asc(councilDecisions.deadline))
		: [];
	const bodyName = new Map(running.map((row) => [row.body.id, row.body.name]));
	const view = (session: SessionRow) => ({
		id: session.id,
		bodyName: bodyName.get(session.bodyId) ?? '',
		number: session.number,
		startsAt: session.startsAt,
		endsAt: session.endsAt,
		place: session.place,
		onlineUrl: session.onlineUrl,
		status: session.status,
		agenda: agendas.get(session.id) ?? [],
		answer: invitations.find((row) => row.sessionId === session.id)?.answer ?? null
	});
	return {
		bodies: running.map((row) => ({
			id: row.body.id,
			name: row.body.name,
			slug: row.body.slug,
			role: row.member.role,
			isPublic: row.body.isPublic
		})),
		upcoming: sessions
			.filter((session) => session.status === 'planned' || session.status === 'invited')
			.filter((session) => session.endsAt >= now)
			.map(view),
		drafts: sessions
			.filter((session) => session.minutesStatus === 'sent')
			.map((session) => ({
				...view(session),
				minutesHtml: session.minutesHtml,
				myComments: comments.filter((comment) => comment.sessionId === session.id)
			})),
		decisions: decisions.map((row) => ({
			...withNumber(row.decision),
			bodyName: row.bodyName,
			isOverdue: isDecisionOverdue(row.decision, today)
		}))
	};
}

/** Draft minutes of one session for a member of its body (staff may read them too); others get not found. */
export async function getDraftMinutesForMember(ctx: Context, sessionId: string, now = new Date()) {
	authorize(ctx.actor, canUseCouncilArea(ctx.actor));
	const actor = ctx.actor;
	const session = await loadSession(ctx.db, ctx.officeId, sessionId);
	const userId = actor.userId;
	if (!canManageCouncil(actor)) {
		const mandate = await mandateOf(ctx.db, session.bodyId, userId, todayIn(now));
		const [invited] = await ctx.db
			.select({ id: councilInvitations.id })
			.from(councilInvitations)
			.innerJoin(councilMembers, eq(councilMembers.id, councilInvitations.memberId))
			.where(and(eq(councilInvitations.sessionId, session.id), eq(councilMembers.userId, userId)));
		if (!mandate && !invited) throw new AppError('not_found', 'error.404.text');
		if (session.minutesStatus !== 'sent' && session.minutesStatus !== 'approved')
			throw new AppError('not_found', 'error.404.text');
	}
	return {
		id: session.id,
		number: session.number,
		minutesHtml: session.minutesHtml,
		minutesStatus: session.minutesStatus
	};
}

/** The invitation a private link opens: the session and the member's current answer, or null. */
export async function getInvitationByLink(db: Database, officeId: string, token: string) {
	const [row] = await db
		.select({
			answer: councilInvitations.answer,
			memberName: councilMembers.name,
			sessionId: councilSessions.id,
			sessionStatus: councilSessions.status,
			number: councilSessions.number,
			startsAt: councilSessions.startsAt,
			place: councilSessions.place,
			onlineUrl: councilSessions.onlineUrl,
			bodyName: councilBodies.name
		})
		.from(councilInvitations)
		.innerJoin(councilSessions, eq(councilSessions.id, councilInvitations.sessionId))
		.innerJoin(councilMembers, eq(councilMembers.id, councilInvitations.memberId))
		.innerJoin(councilBodies, eq(councilBodies.id, councilSessions.bodyId))
		.where(and(eq(councilInvitations.tokenHash, hashAnswerToken(token)), eq(councilSessions.officeId, officeId)));
	if (!row) return null;
	const agenda = (await agendaOf(db, officeId, [row.sessionId])).get(row.sessionId) ?? [];
	return { ...row, agenda };
}

// ---------------------------------------------------------------- public

const publicBody = (officeId: string, ...more: (SQL | undefined)[]) =>
	and(eq(councilBodies.officeId, officeId), eq(councilBodies.isPublic, true), ...more);

/** The office's public bodies. */
export async function listPublicBodies(db: Database, officeId: string) {
	return db.select().from(councilBodies).where(publicBody(officeId)).orderBy(asc(councilBodies.name));
}

/** Approved minutes of every public body, newest first (the council page lists them, 13.13). */
export async function listPublicMinutes(db: Database, officeId: string) {
	return db
		.select({
			id: councilSessions.id,
			bodyId: councilSessions.bodyId,
			number: councilSessions.number,
			startsAt: councilSessions.startsAt
		})
		.from(councilSessions)
		.innerJoin(councilBodies, eq(councilBodies.id, councilSessions.bodyId))
		.where(publicBody(officeId, eq(councilSessions.minutesStatus, 'approved')))
		.orderBy(desc(councilSessions.startsAt));
}

/** A member as the public sees them: the name only when they agreed, otherwise role and age. */
export interface PublicMember {
	id: string;
	name: string | null;
	role: MemberRole;
	age: number;
	representsName: string;
	mandateFrom: string;
	mandateTo: string | null;
}

function publicMember(member: MemberRow, today: string): PublicMember {
	return {
		id: member.id,
		name: member.showName ? member.name : null,
		role: member.role,
		age: ageAt(member.birthYear, today),
		representsName: member.representsName,
		mandateFrom: member.mandateFrom,
		mandateTo: member.mandateTo
	};
}

/** A public body's page: composition, upcoming sessions with agendas, approved minutes and decisions. */
export async function getPublicBody(db: Database, officeId: string, slug: string, now = new Date()) {
	const [body] = await db
		.select()
		.from(councilBodies)
		.where(publicBody(officeId, eq(councilBodies.slug, slug)));
	if (!body) return null;
	const today = todayIn(now);
	const members = await db
		.select()
		.from(councilMembers)
		.where(eq(councilMembers.bodyId, body.id))
		.orderBy(asc(councilMembers.name));
	const rolesFirst = ['president', 'deputy', 'secretary', 'member', 'delegate'];
	const current = members
		.filter((member) => isMandateRunning(member, today))
		.sort((a, b) => rolesFirst.indexOf(a.role) - rolesFirst.indexOf(b.role))
		.map((member) => publicMember(member, today));
	const past = body.showPastMembers
		? members
				.filter((member) => member.mandateTo !== null && member.mandateTo < today)
				.map((member) => publicMember(member, today))
		: [];
	const upcoming = await db
		.select()
		.from(councilSessions)
		.where(
			and(
				eq(councilSessions.bodyId, body.id),
				inArray(councilSessions.status, ['planned', 'invited', 'cancelled']),
				gte(councilSessions.endsAt, now)
			)
		)
		.orderBy(asc(councilSessions.startsAt));
	const agendas = await agendaOf(
		db,
		officeId,
		upcoming.map((session) => session.id)
	);
	const archive = await db
		.select({
			id: councilSessions.id,
			number: councilSessions.number,
			startsAt: councilSessions.startsAt,
			approvedAt: councilSessions.minutesApprovedAt
		})
		.from(councilSessions)
		.where(and(eq(councilSessions.bodyId, body.id), eq(councilSessions.minutesStatus, 'approved')))
		.orderBy(desc(councilSessions.startsAt));
	const decisions = await listPublicDecisions(db, officeId, { bodyId: body.id, now });
	const founding = body.foundingDocumentId
		? (await getDocumentsForLinks(db, officeId, [body.foundingDocumentId])).get(body.foundingDocumentId)
		: undefined;
	return {
		body,
		/** The founding act, when it is a published document of the library. */
		foundingAct: founding?.isPublished ? { title: founding.title, path: founding.downloadPath } : null,
		current,
		past,
		upcoming: upcoming.map((session) => ({ ...session, agenda: agendas.get(session.id) ?? [] })),
		archive,
		decisions
	};
}

/** Decisions of public bodies adopted at sessions whose minutes are approved (or recorded without a session). */
export async function listPublicDecisions(
	db: Database,
	officeId: string,
	options: { bodyId?: string; limit?: number; now?: Date } = {}
) {
	const today = todayIn(options.now);
	const rows = await db
		.select({
			decision: councilDecisions,
			bodyName: councilBodies.name,
			bodyNameEn: councilBodies.nameEn,
			bodySlug: councilBodies.slug
		})
		.from(councilDecisions)
		.innerJoin(councilBodies, eq(councilBodies.id, councilDecisions.bodyId))
		.leftJoin(councilSessions, eq(councilSessions.id, councilDecisions.sessionId))
		.where(
			publicBody(
				officeId,
				options.bodyId ? eq(councilDecisions.bodyId, options.bodyId) : undefined,
				or(isNull(councilDecisions.sessionId), eq(councilSessions.minutesStatus, 'approved'))
			)
		)
		.orderBy(desc(councilDecisions.year), desc(councilDecisions.sequence))
		.limit(options.limit ?? 500);
	return rows.map((row) => ({
		...withNumber(row.decision),
		bodyName: row.bodyName,
		bodyNameEn: row.bodyNameEn,
		bodySlug: row.bodySlug,
		isOverdue: isDecisionOverdue(row.decision, today)
	}));
}

/** One public decision with its body, or null. */
export async function getPublicDecision(db: Database, officeId: string, decisionId: string) {
	if (!isUuid(decisionId)) return null;
	const [found] = (await listPublicDecisions(db, officeId)).filter((row) => row.id === decisionId);
	if (!found) return null;
	const [body] = await db.select().from(councilBodies).where(eq(councilBodies.id, found.bodyId));
	// The rules say: a body that votes by name publishes how each member voted on its decisions.
	const votes =
		body?.namedVotes && found.agendaItemId
			? ((await namedVotesOf(db, [found.agendaItemId])).get(found.agendaItemId) ?? [])
			: [];
	const [item] = found.agendaItemId
		? await db.select().from(councilAgendaItems).where(eq(councilAgendaItems.id, found.agendaItemId))
		: [];
	return {
		...found,
		votes: item
			? { for: item.votesFor, against: item.votesAgainst, abstained: item.votesAbstained }
			: { for: null, against: null, abstained: null },
		namedVotes: publicNamedVotes(votes, found.adoptedOn),
		links: await resolveDecisionLinks(db, officeId, found)
	};
}

/** What the public search on /council finds: public decisions and approved minutes, in either script. */
export async function searchCouncilArchive(db: Database, officeId: string, query: string, limit = 30) {
	const terms = searchTerms(searchKey(query));
	if (terms.length === 0) return { decisions: [], minutes: [] };
	const like = (column: SQLWrapper) => terms.map((term) => sql`${column} like ${`%${term.replace(/[%_\\]/g, '')}%`}`);
	const decisionIds = new Set(
		(
			await db
				.select({ id: councilDecisions.id })
				.from(councilDecisions)
				.where(and(eq(councilDecisions.officeId, officeId), ...like(councilDecisions.searchKey)))
		).map((row) => row.id)
	);
	const decisions = decisionIds.size
		? (await listPublicDecisions(db, officeId)).filter((row) => decisionIds.has(row.id)).slice(0, limit)
		: [];
	const minutes = await db
		.select({
			id: councilSessions.id,
			number: councilSessions.number,
			startsAt: councilSessions.startsAt,
			bodyName: councilBodies.name,
			bodyNameEn: councilBodies.nameEn
		})
		.from(councilSessions)
		.innerJoin(councilBodies, eq(councilBodies.id, councilSessions.bodyId))
		.where(publicBody(officeId, eq(councilSessions.minutesStatus, 'approved'), ...like(councilSessions.searchKey)))
		.orderBy(desc(councilSessions.startsAt))
		.limit(limit);
	return { decisions, minutes };
}

/** Approved minutes of a public body's session, with its agenda and decisions, or null. */
export async function getPublicMinutes(db: Database, officeId: string, sessionId: string) {
	if (!isUuid(sessionId)) return null;
	const [row] = await db
		.select({ session: councilSessions, body: councilBodies })
		.from(councilSessions)
		.innerJoin(councilBodies, eq(councilBodies.id, councilSessions.bodyId))
		.where(publicBody(officeId, eq(councilSessions.id, sessionId), eq(councilSessions.minutesStatus, 'approved')));
	if (!row) return null;
	const decisions = await db
		.select()
		.from(councilDecisions)
		.where(eq(councilDecisions.sessionId, sessionId))
		.orderBy(asc(councilDecisions.sequence));
	const agenda = (await agendaOf(db, officeId, [sessionId])).get(sessionId) ?? [];
	return { ...row, agenda, decisions: decisions.map(withNumber) };
}

/** Sessions of public bodies for the iCal feed: the last year and everything ahead. */
export async function listPublicSessionsForCalendar(db: Database, officeId: string, now = new Date()) {
	const from = new Date(now.getTime() - 365 * 86_400_000);
	return db
		.select({ session: councilSessions, bodyName: councilBodies.name, bodySlug: councilBodies.slug })
		.from(councilSessions)
		.innerJoin(councilBodies, eq(councilBodies.id, councilSessions.bodyId))
		.where(publicBody(officeId, gte(councilSessions.startsAt, from)))
		.orderBy(asc(councilSessions.startsAt));
}

/** Public decisions matching a folded query (either script), for the portal's search. */
export async function searchCouncil(
	db: Database,
	officeId: string,
	query: string,
	limit: number
): Promise<SearchHit[]> {
	const terms = searchTerms(query);
	if (terms.length === 0) return [];
	const matches = terms.map((term) => sql`${councilDecisions.searchKey} like ${`%${term.replace(/[%_\\]/g, '')}%`}`);
	const rows = await db
		.select({ decision: councilDecisions, bodyName: councilBodies.name, bodyNameEn: councilBodies.nameEn })
		.from(councilDecisions)
		.innerJoin(councilBodies, eq(councilBodies.id, councilDecisions.bodyId))
		.leftJoin(councilSessions, eq(councilSessions.id, councilDecisions.sessionId))
		.where(
			publicBody(
				officeId,
				or(isNull(councilDecisions.sessionId), eq(councilSessions.minutesStatus, 'approved')),
				...matches
			)
		)
		.orderBy(desc(councilDecisions.adoptedOn))
		.limit(limit);
	return rows.map((row) => ({
		kindKey: 'council.kind',
		title: `${decisionNumber(row.decision)} ${row.decision.title}`,
		titleEn: row.decision.titleEn ? `${decisionNumber(row.decision)} ${row.decision.titleEn}` : '',
		summary: `${row.bodyName}. ${row.decision.text}`.slice(0, 240),
		summaryEn: row.bodyNameEn,
		path: `/council/decisions/${row.decision.id}`,
		rank: 0.5,
		date: row.decision.updatedAt
	}));
}

/** Public council addresses for sitemap.xml. */
export async function listCouncilSitemap(db: Database, officeId: string): Promise<SitemapEntry[]> {
	const bodies = await listPublicBodies(db, officeId);
	if (bodies.length === 0) return [];
	const minutes = await db
		.select({ id: councilSessions.id, updatedAt: councilSessions.updatedAt })
		.from(councilSessions)
		.innerJoin(councilBodies, eq(councilBodies.id, councilSessions.bodyId))
		.where(publicBody(officeId, eq(councilSessions.minutesStatus, 'approved')));
	const decisions = await listPublicDecisions(db, officeId);
	return [
		{ path: '/council', updatedAt: null },
		...bodies.map((body) => ({ path: `/council/${body.slug}`, updatedAt: body.updatedAt })),
		...minutes.map((row) => ({ path: `/council/minutes/${row.id}`, updatedAt: row.updatedAt })),
		...decisions.map((row) => ({ path: `/council/decisions/${row.id}`, updatedAt: row.updatedAt }))
	];
}

// ---------------------------------------------------------------- manifest figures

/** What needs staff attention: sessions to prepare, minutes awaiting approval, overdue decisions, age-rule warnings. */
export async function councilAttention(db: Database, officeId: string, now: Date): Promise<AttentionItem[]> {
	const today = todayIn(now);
	const soon = new Date(now.getTime() + 14 * 86_400_000);
	const [{ toPrepare }] = await db
		.select({ toPrepare: sql<number>`count(*)::int` })
		.from(councilSessions)
		.where(
			and(
				eq(councilSessions.officeId, officeId),
				eq(councilSessions.status, 'planned'),
				gte(councilSessions.startsAt, now),
				lte(councilSessions.startsAt, soon)
			)
		);
	const awaitingSessions = await db
		.select({ id: councilSessions.id })
		.from(councilSessions)
		.where(and(eq(councilSessions.officeId, officeId), inArray(councilSessions.minutesStatus, ['draft', 'sent'])));
	const awaiting = awaitingSessions.length;
	const overdue = (await listOverdueDecisions(db, officeId, today)).length;
	const bodies = await db.select().from(councilBodies).where(eq(councilBodies.officeId, officeId));
	const warned: string[] = [];
	for (const body of bodies) if (await ageRuleNeedsAttention(db, officeId, body, today)) warned.push(body.id);
	const warnings = warned.length;
	const items: AttentionItem[] = [];
	if (toPrepare)
		items.push({ labelKey: 'council.dashboard.toPrepare', count: toPrepare, href: '/admin/council', tone: 'info' });
	if (awaiting)
		items.push({
			labelKey: 'council.dashboard.minutesAwaiting',
			count: awaiting,
			// The bodies' list does not show minutes: one awaiting opens its session, where they are approved.
			href: awaiting === 1 ? `/admin/council/sessions/${awaitingSessions[0].id}` : '/admin/council',
			tone: 'info'
		});
	if (overdue)
		items.push({
			labelKey: 'council.dashboard.overdue',
			count: overdue,
			href: '/admin/council/decisions?overdue=1',
			tone: 'warning'
		});
	if (warnings)
		items.push({
			labelKey: 'council.dashboard.ageRule',
			count: warnings,
			// One body opens its page, with its members and the rule; several, the bodies' list, which marks them.
			href: warnings === 1 ? `/admin/council/${warned[0]}` : '/admin/council',
			tone: 'warning'
		});
	return items;
}

/** Decisions carried out per year (by the date their status became "carried out"), for the action plan. */
export async function countDecisionsCarriedOutByYear(
	db: Database,
	input: { officeId: string; years: readonly number[] }
): Promise<Map<number, number>> {
	const result = new Map<number, number>(input.years.map((year) => [year, 0]));
	if (input.years.length === 0) return result;
	const year = sql<number>`extract(year from coalesce(${councilDecisions.statusChangedAt}, ${councilDecisions.updatedAt}) at time zone 'Europe/Belgrade')::int`;
	const rows = await db
		.select({ year, count: sql<number>`count(*)::int` })
		.from(councilDecisions)
		.where(and(eq(councilDecisions.officeId, input.officeId), eq(councilDecisions.status, 'carried_out')))
		.groupBy(year);
	for (const row of rows) if (result.has(row.year)) result.set(row.year, row.count);
	return result;
}
