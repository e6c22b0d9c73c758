import { and, eq, inArray, sql } from 'drizzle-orm';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { recordAudit } from '../../../server/audit.ts';
import { participationFollows, participationInitiatives, participationSupports } from '../schema.ts';
import { answerDueAt, AWAITING_ANSWER, reachesThreshold } from '../rules.ts';
import { getParticipationSettings, requireYoungPerson } from './shared.server.ts';

/**
 * One support of the actor (a young person within the age range) for a published initiative. A second
 * support is refused; the unique key makes that hold under concurrent attempts. Reaching the office's
 * threshold starts the answer deadline.
 */
export async function supportInitiative(
	ctx: Context,
	options: { id: string; showName?: boolean; follow?: boolean; now?: Date }
): Promise<{ supportCount: number; reachedThreshold: boolean }> {
	authorize(ctx.actor, true);
	const actor = ctx.actor;
	const now = options.now ?? new Date();
	const young = await requireYoungPerson(ctx, now, '_form');
	const settings = await getParticipationSettings(ctx.db, ctx.officeId);
	return ctx.db.transaction(async (tx) => {
		const [initiative] = await tx
			.select({
				id: participationInitiatives.id,
				status: participationInitiatives.status,
				hiddenAt: participationInitiatives.hiddenAt
			})
			.from(participationInitiatives)
			.where(and(eq(participationInitiatives.officeId, ctx.officeId), eq(participationInitiatives.id, options.id)));
		if (!initiative || initiative.hiddenAt || initiative.status === 'submitted' || initiative.status === 'rejected')
			throw new AppError('not_found', 'error.404.text');
		if (!AWAITING_ANSWER.includes(initiative.status))
			throw new AppError('conflict', 'participation.error.supportClosed');
		const inserted = await tx
			.insert(participationSupports)
			.values({
				initiativeId: initiative.id,
				userId: actor.userId,
				showName: options.showName ?? false,
				ageBand: young.ageBand,
				gender: young.gender
			})
			.onConflictDoNothing()
			.returning({ userId: participationSupports.userId });
		if (inserted.length === 0) throw new AppError('conflict', 'participation.error.alreadySupported');
		// Counted in the same statement, so concurrent supports never lose one.
		const [counted] = await tx
			.update(participationInitiatives)
			.set({ supportCount: sql`${participationInitiatives.supportCount} + 1` })
			.where(eq(participationInitiatives.id, initiative.id))
			.returning({
				supportCount: participationInitiatives.supportCount,
				thresholdReachedAt: participationInitiatives.thresholdReachedAt
			});
		let reachedThreshold = false;
		if (!counted.thresholdReachedAt && reachesThreshold(counted.supportCount, settings.supportThreshold)) {
			reachedThreshold = true;
			await tx
				.update(participationInitiatives)
				.set({ thresholdReachedAt: now, answerDueAt: answerDueAt(now, settings.answerDays) })
				.where(
					and(
						eq(participationInitiatives.id, initiative.id),
						sql`${participationInitiatives.thresholdReachedAt} IS NULL`,
						inArray(participationInitiatives.status, [...AWAITING_ANSWER])
					)
				);
		}
		if (options.follow)
			await tx
				.insert(participationFollows)
				.values({ initiativeId: initiative.id, userId: actor.userId })
				.onConflictDoNothing();
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'participation.initiative.supported',
			entityType: 'participation_initiative',
			entityId: initiative.id,
			details: reachedThreshold ? { thresholdReached: true } : {}
		});
		return { supportCount: counted.supportCount, reachedThreshold };
	});
}
