import { and, eq, isNull } from 'drizzle-orm';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { recordAudit } from '../../../server/audit.ts';
import { consumeRateLimit } from '../../../server/rate-limit.ts';
import { isUuid } from '../../../server/ids.ts';
import { encodeMessage } from '../../../i18n/index.ts';
import { participationComments, participationInitiatives } from '../schema.ts';
import { PUBLIC_STATUSES } from '../rules.ts';
import { getParticipationSettings } from './shared.server.ts';

/**
 * A signed-in user's comment on a visible initiative, or a reply to a top-level comment (one level).
 * Rate-limited; waits for staff when the office pre-moderates.
 */
export async function commentOnInitiative(
	ctx: Context,
	options: { initiativeId: string; body: string; parentId?: string }
): Promise<{ id: string; isApproved: boolean }> {
	authorize(ctx.actor, true);
	const actor = ctx.actor;
	await consumeRateLimit(ctx.db, `participation.comment:${actor.userId}`, { limit: 5, windowSeconds: 600 });
	const settings = await getParticipationSettings(ctx.db, ctx.officeId);
	return ctx.db.transaction(async (tx) => {
		const [initiative] = await tx
			.select({ status: participationInitiatives.status, hiddenAt: participationInitiatives.hiddenAt })
			.from(participationInitiatives)
			.where(
				and(eq(participationInitiatives.officeId, ctx.officeId), eq(participationInitiatives.id, options.initiativeId))
			);
		if (!initiative || !PUBLIC_STATUSES.includes(initiative.status)) throw new AppError('not_found', 'error.404.text');
		if (initiative.hiddenAt)
			throw new AppError('conflict', 'participation.error.hiddenNoComments', {
				body: encodeMessage('participation.error.hiddenNoComments')
			});
		let parentId: string | null = null;
		if (options.parentId) {
			// A made-up id names no comment: the same refusal, not a database error.
			if (!isUuid(options.parentId)) throw new AppError('invalid', 'participation.error.replyTarget');
			const [parent] = await tx
				.select({ id: participationComments.id })
				.from(participationComments)
				.where(
					and(
						eq(participationComments.id, options.parentId),
						eq(participationComments.initiativeId, options.initiativeId),
						isNull(participationComments.parentId)
					)
				);
			if (!parent) throw new AppError('invalid', 'participation.error.replyTarget');
			parentId = parent.id;
		}
		const [created] = await tx
			.insert(participationComments)
			.values({
				officeId: ctx.officeId,
				initiativeId: options.initiativeId,
				parentId,
				authorId: actor.userId,
				authorName: actor.name,
				body: options.body,
				isApproved: !settings.preModeration
			})
			.returning({ id: participationComments.id, isApproved: participationComments.isApproved });
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'participation.comment.created',
			entityType: 'participation_comment',
			entityId: created.id
		});
		return created;
	});
}
