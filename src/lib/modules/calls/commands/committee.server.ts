// The committee's work on a call: its members, their conflict statements and their scores (decision 0028).
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../server/db/client.ts';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Actor, type Context } from '../../../server/actor.ts';
import { AppError, isUniqueViolation } from '../../../server/errors.ts';
import { isUuid } from '../../../server/ids.ts';
import { users } from '../../../server/db/core-schema.ts';
import { encodeMessage } from '../../../i18n/index.ts';
import {
	callApplications,
	callCommitteeMembers,
	callConflictStatements,
	callScores,
	fundingCalls,
	type CallCriterion
} from '../schema.ts';
import { canManageCalls } from '../permissions.server.ts';

const m = encodeMessage;

/** Adds an account of the office, found by e-mail, to a call's committee (staff only). */
export async function addCommitteeMember(
	ctx: Context,
	options: { callId: string; email: string; isChair: boolean }
): Promise<void> {
	authorize(ctx.actor, canManageCalls(ctx.actor));
	const actor = ctx.actor;
	if (!isUuid(options.callId)) throw new AppError('not_found', 'error.404.text');
	await ctx.db.transaction(async (tx) => {
		const [call] = await tx
			.select({ id: fundingCalls.id })
			.from(fundingCalls)
			.where(and(eq(fundingCalls.officeId, ctx.officeId), eq(fundingCalls.id, options.callId)));
		if (!call) throw new AppError('not_found', 'error.404.text');
		const [user] = await tx
			.select({ id: users.id })
			.from(users)
			.where(eq(users.email, options.email.trim().toLowerCase()));
		if (!user)
			throw new AppError('invalid', 'calls.committee.noSuchAccount', { email: 'calls.committee.noSuchAccount' });
		await tx
			.insert(callCommitteeMembers)
			.values({ callId: call.id, userId: user.id, officeId: ctx.officeId, isChair: options.isChair })
			.onConflictDoUpdate({
				target: [callCommitteeMembers.callId, callCommitteeMembers.userId],
				set: { isChair: options.isChair }
			});
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'calls.committee.memberAdded',
			entityType: 'funding_call',
			entityId: call.id,
			details: { userId: user.id, isChair: options.isChair }
		});
	});
}

/** Whether the actor sits on the call's committee. */
export async function isCommitteeMember(db: Database, officeId: string, actor: Actor | null, callId: string) {
	if (!actor || !isUuid(callId)) return false;
	const [row] = await db
		.select({ userId: callCommitteeMembers.userId })
		.from(callCommitteeMembers)
		.where(
			and(
				eq(callCommitteeMembers.officeId, officeId),
				eq(callCommitteeMembers.callId, callId),
				eq(callCommitteeMembers.userId, actor.userId)
			)
		);
	return !!row;
}

/**
 * An application the committee may see: submitted, passed by the office's administrative check, in a call the
 * actor sits on. Anything else is "not found" to the actor.
 */
export async function loadApplicationForMember(
	db: Database,
	officeId: string,
	actor: Actor | null,
	applicationId: string
) {
	if (!actor || !isUuid(applicationId)) throw new AppError('not_found', 'error.404.text');
	const [row] = await db
		.select({ application: callApplications, call: fundingCalls })
		.from(callApplications)
		.innerJoin(fundingCalls, eq(fundingCalls.id, callApplications.callId))
		.where(and(eq(callApplications.officeId, officeId), eq(callApplications.id, applicationId)));
	if (
		!row ||
		row.application.status !== 'submitted' ||
		row.application.administrativeCheck?.outcome !== 'passed' ||
		!(await isCommitteeMember(db, officeId, actor, row.call.id))
	) {
		throw new AppError('not_found', 'error.404.text');
	}
	return row;
}

/** Records the member's statement on an application, once: a declared conflict keeps them out of it for good. */
export async function declareConflictStatement(
	ctx: Context,
	options: { applicationId: string; hasConflict: boolean; reason: string; now?: Date }
): Promise<void> {
	authorize(ctx.actor, !!ctx.actor);
	const actor = ctx.actor;
	await loadApplicationForMember(ctx.db, ctx.officeId, actor, options.applicationId);
	try {
		await ctx.db.transaction(async (tx) => {
			await tx.insert(callConflictStatements).values({
				applicationId: options.applicationId,
				memberUserId: actor.userId,
				hasConflict: options.hasConflict,
				reason: options.reason.slice(0, 1000),
				declaredAt: options.now ?? new Date()
			});
			await recordAudit(tx, {
				officeId: ctx.officeId,
				actor,
				action: 'calls.committee.statementDeclared',
				entityType: 'call_application',
				entityId: options.applicationId,
				details: { hasConflict: options.hasConflict }
			});
		});
	} catch (caught) {
		if (isUniqueViolation(caught)) throw new AppError('conflict', 'calls.committee.statementExists');
		throw caught;
	}
}

/** The member's statement on an application, if any. */
export async function statementOf(db: Database, applicationId: string, userId: string) {
	const [row] = await db
		.select()
		.from(callConflictStatements)
		.where(
			and(eq(callConflictStatements.applicationId, applicationId), eq(callConflictStatements.memberUserId, userId))
		);
	return row ?? null;
}

/** The points and comments typed per criterion; points outside a criterion's range are refused by field. */
export function pointsOf(
	criteria: readonly CallCriterion[],
	typedPoints: Record<string, string>,
	typedComments: Record<string, string>
): { points: Record<string, number>; comments: Record<string, string> } {
	const points: Record<string, number> = {};
	const comments: Record<string, string> = {};
	const errors: Record<string, string> = {};
	for (const criterion of criteria) {
		const typed = (typedPoints[criterion.key] ?? '').trim();
		const value = Number(typed);
		if (!/^\d{1,3}$/.test(typed) || value > criterion.maxPoints) {
			errors[`points.${criterion.key}`] = m('calls.committee.pointsRange', { max: criterion.maxPoints });
		} else {
			points[criterion.key] = value;
		}
		comments[criterion.key] = (typedComments[criterion.key] ?? '').trim().slice(0, 2000);
	}
	if (Object.keys(errors).length > 0) throw new AppError('invalid', 'common.formHasErrors', errors);
	return { points, comments };
}

/**
 * Submits the member's score of an application, once and for good. Refused without a statement, after a declared
 * conflict, or with points outside a criterion's range (each error by the criterion's field).
 */
export async function submitScore(
	ctx: Context,
	options: {
		applicationId: string;
		points: Record<string, string>;
		comments: Record<string, string>;
		now?: Date;
	}
): Promise<void> {
	authorize(ctx.actor, !!ctx.actor);
	const actor = ctx.actor;
	const { call } = await loadApplicationForMember(ctx.db, ctx.officeId, actor, options.applicationId);
	const statement = await statementOf(ctx.db, options.applicationId, actor.userId);
	if (!statement) throw new AppError('invalid', 'calls.committee.statementFirst');
	if (statement.hasConflict) throw new AppError('forbidden', 'calls.committee.conflictDeclared');
	const { points, comments } = pointsOf(call.criteria, options.points, options.comments);
	try {
		await ctx.db.transaction(async (tx) => {
			await tx.insert(callScores).values({
				applicationId: options.applicationId,
				memberUserId: actor.userId,
				points,
				comments,
				submittedAt: options.now ?? new Date()
			});
			await recordAudit(tx, {
				officeId: ctx.officeId,
				actor,
				action: 'calls.committee.scoreSubmitted',
				entityType: 'call_application',
				entityId: options.applicationId,
				details: { total: Object.values(points).reduce((sum, value) => sum + value, 0) }
			});
		});
	} catch (caught) {
		if (isUniqueViolation(caught)) throw new AppError('conflict', 'calls.committee.scoreExists');
		throw caught;
	}
}
