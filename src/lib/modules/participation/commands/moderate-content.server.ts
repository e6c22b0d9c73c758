// Reports by users, and staff hiding (or approving) initiatives and comments with a reason.
import { and, eq, isNull } from 'drizzle-orm';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { recordAudit } from '../../../server/audit.ts';
import { consumeRateLimit } from '../../../server/rate-limit.ts';
import { participationComments, participationInitiatives, participationReports, type HidingReason } from '../schema.ts';
import { PUBLIC_STATUSES } from '../rules.ts';
import { canManageParticipation } from '../permissions.server.ts';

/** A signed-in user's report of a visible initiative or one of its comments. */
export async function reportContent(
	ctx: Context,
	options: { initiativeId: string; commentId?: string; reason: HidingReason; note: string }
): Promise<void> {
	authorize(ctx.actor, true);
	const actor = ctx.actor;
	await consumeRateLimit(ctx.db, `participation.report:${actor.userId}`, { limit: 10, windowSeconds: 3600 });
	await ctx.db.transaction(async (tx) => {
		const [initiative] = await tx
			.select({ status: participationInitiatives.status })
			.from(participationInitiatives)
			.where(
				and(eq(participationInitiatives.officeId, ctx.officeId), eq(participationInitiatives.id, options.initiativeId))
			);
		if (!initiative || !PUBLIC_STATUSES.includes(initiative.status)) throw new AppError('not_found', 'error.404.text');
		if (options.commentId) {
			const [comment] = await tx
				.select({ id: participationComments.id })
				.from(participationComments)
				.where(
					and(
						eq(participationComments.id, options.commentId),
						eq(participationComments.initiativeId, options.initiativeId)
					)
				);
			if (!comment) throw new AppError('not_found', 'error.404.text');
		}
		const [report] = await tx
			.insert(participationReports)
			.values({
				officeId: ctx.officeId,
				initiativeId: options.initiativeId,
				commentId: options.commentId || null,
				reporterId: actor.userId,
				reason: options.reason,
				note: options.note
			})
			.returning({ id: participationReports.id });
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'participation.report.created',
			entityType: 'participation_report',
			entityId: report.id,
			details: { reason: options.reason }
		});
	});
}

/**
 * Staff hide an initiative or a comment (the public sees the reason in its place), or show it again
 * (reason null). Open reports about it are resolved.
 */
export async function hideContent(
	ctx: Context,
	options: { initiativeId: string; commentId?: string; reason: HidingReason | null; now?: Date }
): Promise<void> {
	authorize(ctx.actor, canManageParticipation(ctx.actor));
	const now = options.now ?? new Date();
	const hidden = options.reason
		? { hiddenAt: now, hiddenReason: options.reason }
		: { hiddenAt: null, hiddenReason: null };
	await ctx.db.transaction(async (tx) => {
		const [initiative] = await tx
			.select({ id: participationInitiatives.id })
			.from(participationInitiatives)
			.where(
				and(eq(participationInitiatives.officeId, ctx.officeId), eq(participationInitiatives.id, options.initiativeId))
			);
		if (!initiative) throw new AppError('not_found', 'error.404.text');
		if (options.commentId) {
			const changed = await tx
				.update(participationComments)
				.set(hidden)
				.where(
					and(eq(participationComments.id, options.commentId), eq(participationComments.initiativeId, initiative.id))
				)
				.returning({ id: participationComments.id });
			if (changed.length === 0) throw new AppError('not_found', 'error.404.text');
		} else await tx.update(participationInitiatives).set(hidden).where(eq(participationInitiatives.id, initiative.id));
		await tx
			.update(participationReports)
			.set({ resolvedAt: now })
			.where(
				and(
					eq(participationReports.initiativeId, initiative.id),
					options.commentId
						? eq(participationReports.commentId, options.commentId)
						: isNull(participationReports.commentId),
					isNull(participationReports.resolvedAt)
				)
			);
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: ctx.actor,
			action: options.reason ? 'participation.content.hidden' : 'participation.content.shown',
			entityType: options.commentId ? 'participation_comment' : 'participation_initiative',
			entityId: options.commentId || initiative.id,
			details: options.reason ? { reason: options.reason } : {}
		});
	});
}

/** Staff approve a comment waiting for pre-moderation. */
export async function approveComment(ctx: Context, options: { commentId: string }): Promise<void> {
	authorize(ctx.actor, canManageParticipation(ctx.actor));
	await ctx.db.transaction(async (tx) => {
		const changed = await tx
			.update(participationComments)
			.set({ isApproved: true })
			.where(and(eq(participationComments.officeId, ctx.officeId), eq(participationComments.id, options.commentId)))
			.returning({ id: participationComments.id });
		if (changed.length === 0) throw new AppError('not_found', 'error.404.text');
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: ctx.actor,
			action: 'participation.comment.approved',
			entityType: 'participation_comment',
			entityId: options.commentId
		});
	});
}
