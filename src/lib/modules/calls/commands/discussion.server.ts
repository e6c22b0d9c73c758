// The chair's view of an application and the discussion round (decision 0028): once every member without a
// conflict has scored, the chair sees the spread of points per criterion and may open a round in which members
// revise their score with a comment. Every opening, revision and view of the spread is audited.
import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '../../../server/db/client.ts';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Actor, type Context } from '../../../server/actor.ts';
import { AppError, isUniqueViolation } from '../../../server/errors.ts';
import { users } from '../../../server/db/core-schema.ts';
import { getOfficeById } from '../../../server/office.ts';
import { queueMail } from '../../../server/mail/outbox.ts';
import { publicLink } from '../../../server/links.ts';
import { createI18n } from '../../../i18n/index.ts';
import { isLocale } from '../../../i18n/locale.ts';
import {
	callCommitteeMembers,
	callConflictStatements,
	callDiscussionRounds,
	callScoreRevisions,
	callScores,
	type CallCriterion
} from '../schema.ts';
import { loadApplicationForMember, pointsOf, statementOf } from './committee.server.ts';

/** Lowest, highest and average points of one criterion (or of the totals) across the members' scores. */
export interface CriterionSpread {
	key: string;
	maxPoints: number;
	lowest: number;
	highest: number;
	average: number;
}

/** The spread of points per criterion, and of the totals under the key ''; empty without scores. */
export function scoreSpread(
	criteria: readonly CallCriterion[],
	scores: readonly { points: Record<string, number> }[]
): CriterionSpread[] {
	if (scores.length === 0) return [];
	const of = (key: string, maxPoints: number, values: number[]): CriterionSpread => ({
		key,
		maxPoints,
		lowest: Math.min(...values),
		highest: Math.max(...values),
		average: Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 100) / 100
	});
	const totals = scores.map((score) =>
		criteria.reduce((sum, criterion) => sum + (score.points[criterion.key] ?? 0), 0)
	);
	return [
		...criteria.map((criterion) =>
			of(
				criterion.key,
				criterion.maxPoints,
				scores.map((score) => score.points[criterion.key] ?? 0)
			)
		),
		of(
			'',
			criteria.reduce((sum, criterion) => sum + criterion.maxPoints, 0),
			totals
		)
	];
}

/** Where the committee stands on an application: who is expected to score, who has, and whether a round is open. */
async function committeeStanding(db: Database, callId: string, applicationId: string) {
	const members = await db
		.select({ userId: callCommitteeMembers.userId, isChair: callCommitteeMembers.isChair })
		.from(callCommitteeMembers)
		.where(eq(callCommitteeMembers.callId, callId));
	const conflicts = await db
		.select({ userId: callConflictStatements.memberUserId })
		.from(callConflictStatements)
		.where(and(eq(callConflictStatements.applicationId, applicationId), eq(callConflictStatements.hasConflict, true)));
	const scores = await db.select().from(callScores).where(eq(callScores.applicationId, applicationId));
	const expected = members.filter((member) => !conflicts.some((conflict) => conflict.userId === member.userId));
	const [round] = await db
		.select()
		.from(callDiscussionRounds)
		.where(eq(callDiscussionRounds.applicationId, applicationId));
	return {
		members,
		scores,
		expected: expected.length,
		isComplete: expected.length > 0 && expected.every((member) => scores.some((s) => s.memberUserId === member.userId)),
		round: round ?? null
	};
}

/**
 * What a member sees of the discussion on an application: whether a round is open and its revisions, and for the
 * chair (once all have scored) the spread per criterion. The chair's view of the spread is audited.
 */
export async function getDiscussion(db: Database, officeId: string, actor: Actor, applicationId: string) {
	const { call } = await loadApplicationForMember(db, officeId, actor, applicationId);
	const standing = await committeeStanding(db, call.id, applicationId);
	const isChair = standing.members.some((member) => member.userId === actor.userId && member.isChair);
	const revisions = await db
		.select({
			name: users.name,
			previousPoints: callScoreRevisions.previousPoints,
			points: callScoreRevisions.points,
			comment: callScoreRevisions.comment,
			revisedAt: callScoreRevisions.revisedAt
		})
		.from(callScoreRevisions)
		.innerJoin(users, eq(users.id, callScoreRevisions.memberUserId))
		.where(eq(callScoreRevisions.applicationId, applicationId))
		.orderBy(asc(callScoreRevisions.revisedAt));
	const showsSpread = isChair && standing.isComplete;
	if (showsSpread)
		await recordAudit(db, {
			officeId,
			actor,
			action: 'calls.committee.spreadViewed',
			entityType: 'call_application',
			entityId: applicationId
		});
	return {
		isChair,
		expected: standing.expected,
		scored: standing.scores.length,
		spread: showsSpread ? scoreSpread(call.criteria, standing.scores) : null,
		round: standing.round ? { note: standing.round.note, openedAt: standing.round.openedAt } : null,
		// Revisions are shown once the member's own score is in, like the others' scores.
		revisions: standing.scores.some((score) => score.memberUserId === actor.userId) ? revisions : []
	};
}

/**
 * Queues an e-mail to every member who may revise a score in the round (members without a declared conflict, the
 * chair who opened it aside), in the member's own locale, with a link to the application's committee page.
 */
async function tellMembersOfRound(
	tx: Database,
	officeId: string,
	round: {
		callId: string;
		callTitle: { title: string; titleEn: string };
		application: { id: string; reference: string | null };
		chairUserId: string;
		note: string;
	}
) {
	const office = await getOfficeById(tx, officeId);
	if (!office) return;
	const members = await tx
		.select({ userId: users.id, email: users.email, locale: users.locale })
		.from(callCommitteeMembers)
		.innerJoin(users, eq(users.id, callCommitteeMembers.userId))
		.where(eq(callCommitteeMembers.callId, round.callId));
	const conflicts = await tx
		.select({ userId: callConflictStatements.memberUserId })
		.from(callConflictStatements)
		.where(
			and(eq(callConflictStatements.applicationId, round.application.id), eq(callConflictStatements.hasConflict, true))
		);
	for (const member of members) {
		if (member.userId === round.chairUserId || conflicts.some((conflict) => conflict.userId === member.userId))
			continue;
		const locale = isLocale(member.locale) ? member.locale : 'sr-Cyrl';
		const i18n = createI18n(locale, office.keepLatin);
		const reference = round.application.reference ?? '';
		const callTitle =
			locale === 'en' && round.callTitle.titleEn ? round.callTitle.titleEn : i18n.text(round.callTitle.title);
		await queueMail(tx, {
			officeId,
			to: member.email,
			subject: i18n.t('calls.mail.round.subject', { reference }),
			text: [
				i18n.t('calls.mail.round.text', { call: callTitle, reference }),
				...(round.note ? [i18n.t('calls.mail.round.note', { note: round.note })] : []),
				'',
				publicLink(office, `/account/committee/application/${round.application.id}`, locale),
				'',
				i18n.text(office.name)
			].join('\n')
		});
	}
}

/**
 * The chair opens a discussion round on an application once every member without a conflict has scored; the
 * members who may revise are told by e-mail (outbox) in the same transaction.
 */
export async function openDiscussionRound(
	ctx: Context,
	options: { applicationId: string; note: string; now?: Date }
): Promise<void> {
	authorize(ctx.actor, !!ctx.actor);
	const actor = ctx.actor;
	const { call, application } = await loadApplicationForMember(ctx.db, ctx.officeId, actor, options.applicationId);
	const statement = await statementOf(ctx.db, options.applicationId, actor.userId);
	if (statement?.hasConflict) throw new AppError('forbidden', 'calls.committee.conflictDeclared');
	const standing = await committeeStanding(ctx.db, call.id, options.applicationId);
	if (!standing.members.some((member) => member.userId === actor.userId && member.isChair))
		throw new AppError('forbidden', 'calls.chair.notChair');
	if (!standing.isComplete) throw new AppError('invalid', 'calls.chair.notAllScored');
	try {
		await ctx.db.transaction(async (tx) => {
			await tx.insert(callDiscussionRounds).values({
				applicationId: options.applicationId,
				openedBy: actor.userId,
				note: options.note.trim().slice(0, 2000),
				openedAt: options.now ?? new Date()
			});
			await recordAudit(tx, {
				officeId: ctx.officeId,
				actor,
				action: 'calls.committee.roundOpened',
				entityType: 'call_application',
				entityId: options.applicationId,
				details: { note: options.note.trim().slice(0, 200) }
			});
			await tellMembersOfRound(tx, ctx.officeId, {
				callId: call.id,
				callTitle: { title: call.title, titleEn: call.titleEn },
				application,
				chairUserId: actor.userId,
				note: options.note.trim().slice(0, 2000)
			});
		});
	} catch (caught) {
		if (isUniqueViolation(caught)) throw new AppError('conflict', 'calls.chair.roundExists');
		throw caught;
	}
}

/**
 * A member revises their submitted score while a discussion round is open, with a comment saying why. The former
 * points are kept with the revision; the ranking uses the revised ones.
 */
export async function reviseScore(
	ctx: Context,
	options: { applicationId: string; points: Record<string, string>; comment: string; now?: Date }
): Promise<void> {
	authorize(ctx.actor, !!ctx.actor);
	const actor = ctx.actor;
	const { call } = await loadApplicationForMember(ctx.db, ctx.officeId, actor, options.applicationId);
	const comment = options.comment.trim().slice(0, 2000);
	if (!comment)
		throw new AppError('invalid', 'common.formHasErrors', { revisionComment: 'calls.revise.commentRequired' });
	const { points } = pointsOf(call.criteria, options.points, {});
	await ctx.db.transaction(async (tx) => {
		const [round] = await tx
			.select()
			.from(callDiscussionRounds)
			.where(eq(callDiscussionRounds.applicationId, options.applicationId));
		if (!round) throw new AppError('invalid', 'calls.revise.noRound');
		const [score] = await tx
			.select()
			.from(callScores)
			.where(and(eq(callScores.applicationId, options.applicationId), eq(callScores.memberUserId, actor.userId)))
			.for('update');
		// No score, no revision: a member with a conflict never has one.
		if (!score) throw new AppError('invalid', 'calls.committee.statementFirst');
		await tx.insert(callScoreRevisions).values({
			applicationId: options.applicationId,
			memberUserId: actor.userId,
			previousPoints: score.points,
			points,
			comment,
			revisedAt: options.now ?? new Date()
		});
		await tx.update(callScores).set({ points }).where(eq(callScores.id, score.id));
		const total = (values: Record<string, number>) => Object.values(values).reduce((sum, value) => sum + value, 0);
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'calls.committee.scoreRevised',
			entityType: 'call_application',
			entityId: options.applicationId,
			details: { before: total(score.points), after: total(points) }
		});
	});
}
