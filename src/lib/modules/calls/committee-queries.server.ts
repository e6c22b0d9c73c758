import { and, asc, eq, inArray } from 'drizzle-orm';
import { authorize, type Context } from '../../server/actor.ts';
import { recordAudit } from '../../server/audit.ts';
import { AppError } from '../../server/errors.ts';
import { users } from '../../server/db/core-schema.ts';
import { callApplications, callCommitteeMembers, callConflictStatements, callScores, fundingCalls } from './schema.ts';
import { budgetTotals, rankCallApplications, type RankedApplication } from './rules.ts';
import { isCommitteeMember, loadApplicationForMember, statementOf } from './commands/committee.server.ts';
import { getCallForAdmin } from './queries.server.ts';
import { getDiscussion } from './commands/discussion.server.ts';
import { listAttachmentsOf } from './commands/application-attachments.server.ts';
import { canManageCalls } from './permissions.server.ts';

/**
 * One application as a committee member sees it: the application, their statement and score, and the other
 * members' scores only once their own is submitted (never after a declared conflict). The read is audited.
 */
export async function getApplicationForMember(ctx: Context, applicationId: string) {
	authorize(ctx.actor, !!ctx.actor);
	const actor = ctx.actor;
	const { application, call } = await loadApplicationForMember(ctx.db, ctx.officeId, actor, applicationId);
	const statement = await statementOf(ctx.db, applicationId, actor.userId);
	const scores = await ctx.db
		.select({
			memberUserId: callScores.memberUserId,
			name: users.name,
			points: callScores.points,
			comments: callScores.comments
		})
		.from(callScores)
		.innerJoin(users, eq(users.id, callScores.memberUserId))
		.where(eq(callScores.applicationId, applicationId));
	const own = scores.find((score) => score.memberUserId === actor.userId) ?? null;
	await recordAudit(ctx.db, {
		officeId: ctx.officeId,
		actor,
		action: 'calls.committee.applicationViewed',
		entityType: 'call_application',
		entityId: applicationId
	});
	const isConflicted = !!statement?.hasConflict;
	return {
		discussion: isConflicted ? null : await getDiscussion(ctx.db, ctx.officeId, actor, applicationId),
		attachments: isConflicted ? [] : await listAttachmentsOf(ctx.db, applicationId),
		attachmentKinds: call.attachmentKinds,
		call: { id: call.id, title: call.title, criteria: call.criteria, costCategories: call.costCategories },
		// A member with a conflict learns only that they are out of it.
		application: isConflicted ? null : { ...application, totals: budgetTotals(application.budget) },
		statement,
		ownScore: own,
		othersScores: own && !isConflicted ? scores.filter((score) => score.memberUserId !== actor.userId) : null
	};
}

/** The applications a member has to work on in a call, with where they stand on each. */
export async function listCommitteeWork(ctx: Context, callId: string) {
	authorize(ctx.actor, !!ctx.actor);
	const actor = ctx.actor;
	if (!(await isCommitteeMember(ctx.db, ctx.officeId, actor, callId)))
		throw new AppError('not_found', 'error.404.text');
	const applications = (
		await ctx.db
			.select({
				id: callApplications.id,
				reference: callApplications.reference,
				title: callApplications.title,
				applicantName: callApplications.applicantName,
				status: callApplications.status,
				administrativeCheck: callApplications.administrativeCheck
			})
			.from(callApplications)
			.where(eq(callApplications.callId, callId))
			.orderBy(asc(callApplications.reference))
	).filter((row) => row.status === 'submitted' && row.administrativeCheck?.outcome === 'passed');
	const ids = applications.map((row) => row.id);
	const statements = ids.length
		? await ctx.db
				.select()
				.from(callConflictStatements)
				.where(
					and(inArray(callConflictStatements.applicationId, ids), eq(callConflictStatements.memberUserId, actor.userId))
				)
		: [];
	const scored = ids.length
		? await ctx.db
				.select({ applicationId: callScores.applicationId })
				.from(callScores)
				.where(and(inArray(callScores.applicationId, ids), eq(callScores.memberUserId, actor.userId)))
		: [];
	return applications.map(({ administrativeCheck: _check, status: _status, ...row }) => {
		const statement = statements.find((item) => item.applicationId === row.id);
		const stage = !statement
			? 'statement'
			: statement.hasConflict
				? 'conflict'
				: scored.some((item) => item.applicationId === row.id)
					? 'scored'
					: 'scoring';
		return { ...row, stage: stage as 'statement' | 'conflict' | 'scoring' | 'scored' };
	});
}

/**
 * The ranking list of a call for staff, from the submitted scores of members without a conflict, by the call's
 * rules (decision 0028). The read is audited.
 */
export async function getRankingForStaff(
	ctx: Context,
	callId: string
): Promise<{
	rows: (RankedApplication & { reference: string | null; applicantName: string; title: string })[];
	members: number;
}> {
	authorize(ctx.actor, canManageCalls(ctx.actor));
	const call = await getCallForAdmin(ctx, callId);
	const applications = (
		await ctx.db.select().from(callApplications).where(eq(callApplications.callId, call.id))
	).filter((row) => row.status === 'submitted' && row.administrativeCheck?.outcome === 'passed');
	const ids = applications.map((row) => row.id);
	const scores = ids.length ? await ctx.db.select().from(callScores).where(inArray(callScores.applicationId, ids)) : [];
	const members = await ctx.db
		.select({ userId: callCommitteeMembers.userId })
		.from(callCommitteeMembers)
		.where(eq(callCommitteeMembers.callId, call.id));
	const ranked = rankCallApplications({ call, applications, scores });
	await recordAudit(ctx.db, {
		officeId: ctx.officeId,
		actor: ctx.actor,
		action: 'calls.ranking.viewed',
		entityType: 'funding_call',
		entityId: call.id
	});
	return {
		members: members.length,
		rows: ranked.map((row) => {
			const application = applications.find((item) => item.id === row.applicationId)!;
			return {
				...row,
				reference: application.reference,
				applicantName: application.applicantName,
				title: application.title
			};
		})
	};
}

/** The calls on whose committee the signed-in person sits (for their account page). */
export async function listMyCommitteeCalls(ctx: Context) {
	if (!ctx.actor) return [];
	return ctx.db
		.select({ id: fundingCalls.id, title: fundingCalls.title, titleEn: fundingCalls.titleEn })
		.from(callCommitteeMembers)
		.innerJoin(fundingCalls, eq(fundingCalls.id, callCommitteeMembers.callId))
		.where(and(eq(callCommitteeMembers.officeId, ctx.officeId), eq(callCommitteeMembers.userId, ctx.actor.userId)))
		.orderBy(asc(fundingCalls.closesAt));
}
