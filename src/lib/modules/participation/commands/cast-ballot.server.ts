import { and, eq, inArray } from 'drizzle-orm';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { recordAudit } from '../../../server/audit.ts';
import { encodeMessage, type MessageKey } from '../../../i18n/index.ts';
import { formatDinars } from '../format.ts';
import { participationBallots, participationBudgetProjects, participationBudgetRounds } from '../schema.ts';
import { ballotProblem, budgetPhase } from '../rules.ts';
import { canManageParticipation } from '../permissions.server.ts';
import { requireYoungPerson } from './shared.server.ts';
import { hasRedeemedCode, redeemBudgetCode } from './budget-codes.server.ts';
import { isUniqueViolation } from '../../../server/errors.ts';

const PROBLEM_MESSAGE: Record<'empty' | 'over_budget' | 'too_many', MessageKey> = {
	empty: 'participation.ballot.error.empty',
	over_budget: 'participation.ballot.error.overBudget',
	too_many: 'participation.ballot.error.tooMany'
};

/** Checks the chosen projects against the round on the server: feasible ones of the round, within the rule. */
async function checkChoice(ctx: Context, roundId: string, projectIds: readonly string[], now: Date) {
	const [round] = await ctx.db
		.select()
		.from(participationBudgetRounds)
		.where(and(eq(participationBudgetRounds.officeId, ctx.officeId), eq(participationBudgetRounds.id, roundId)));
	if (!round) throw new AppError('not_found', 'error.404.text');
	const phase = budgetPhase(round, now);
	if (phase !== 'voting')
		throw new AppError(
			'conflict',
			phase === 'upcoming' || phase === 'proposals' || phase === 'review'
				? 'participation.ballot.error.notYet'
				: 'participation.ballot.error.closed'
		);
	const ids = [...new Set(projectIds)];
	const projects = ids.length
		? await ctx.db
				.select({ id: participationBudgetProjects.id, finalCost: participationBudgetProjects.finalCost })
				.from(participationBudgetProjects)
				.where(
					and(
						eq(participationBudgetProjects.roundId, round.id),
						eq(participationBudgetProjects.feasibility, 'feasible'),
						inArray(participationBudgetProjects.id, ids)
					)
				)
		: [];
	if (projects.length !== ids.length) throw new AppError('invalid', 'participation.ballot.error.unknownProject');
	const costs = projects.map((project) => project.finalCost ?? 0);
	const problem = ballotProblem(round, costs);
	if (problem) {
		const total = costs.reduce((sum, cost) => sum + cost, 0);
		const params = {
			total: formatDinars(total),
			amount: formatDinars(round.amount),
			over: formatDinars(total - round.amount),
			max: round.maxChoices ?? 1
		};
		throw new AppError('invalid', PROBLEM_MESSAGE[problem], {
			projects: encodeMessage(PROBLEM_MESSAGE[problem], params)
		});
	}
	return { round, ids };
}

/**
 * A young person's ballot: the chosen feasible projects, checked on the server against the amount
 * (or the number of approvals). One ballot per person per round; casting again replaces it until the
 * voting closes. The unique key keeps it to one under concurrent attempts. When the round requires an
 * invitation code, the first ballot takes one (`code`), in the same transaction.
 */
export async function castBallot(
	ctx: Context,
	options: { roundId: string; projectIds: readonly string[]; code?: string; now?: Date }
): Promise<{ replaced: boolean }> {
	authorize(ctx.actor, true);
	const actor = ctx.actor;
	const now = options.now ?? new Date();
	const young = await requireYoungPerson(ctx, now, 'projects');
	const { round, ids } = await checkChoice(ctx, options.roundId, options.projectIds, now);
	const needsCode = round.requiresCode && !(await hasRedeemedCode(ctx.db, round.id, actor.userId));
	try {
		return await saveBallot();
	} catch (caught) {
		// The same voter typed two codes at once: the other attempt already took one for them.
		if (needsCode && isUniqueViolation(caught))
			throw new AppError('conflict', 'participation.code.error.alreadyEntered', {
				code: encodeMessage('participation.code.error.alreadyEntered')
			});
		throw caught;
	}

	function saveBallot() {
		return ctx.db.transaction(async (tx) => {
			if (needsCode)
				await redeemBudgetCode(tx, { roundId: round.id, userId: actor.userId, typed: options.code ?? '', now });
			const [saved] = await tx
				.insert(participationBallots)
				.values({
					roundId: round.id,
					userId: actor.userId,
					projectIds: ids,
					ageBand: young.ageBand,
					gender: young.gender
				})
				.onConflictDoUpdate({
					target: [participationBallots.roundId, participationBallots.userId],
					set: { projectIds: ids, updatedAt: now }
				})
				.returning({
					id: participationBallots.id,
					createdAt: participationBallots.createdAt,
					updatedAt: participationBallots.updatedAt
				});
			const replaced = saved.updatedAt.getTime() !== saved.createdAt.getTime();
			await recordAudit(tx, {
				officeId: ctx.officeId,
				actor,
				action: replaced ? 'participation.ballot.changed' : 'participation.ballot.cast',
				entityType: 'participation_budget_round',
				entityId: round.id,
				details: needsCode ? { withCode: true } : undefined
			});
			return { replaced };
		});
	}
}

/** Staff type in a paper ballot (counted separately; who entered it is kept). */
export async function enterPaperBallot(
	ctx: Context,
	options: { roundId: string; projectIds: readonly string[]; ageBand?: string; now?: Date }
): Promise<{ id: string }> {
	authorize(ctx.actor, canManageParticipation(ctx.actor));
	const now = options.now ?? new Date();
	const { round, ids } = await checkChoice(ctx, options.roundId, options.projectIds, now);
	return ctx.db.transaction(async (tx) => {
		const [created] = await tx
			.insert(participationBallots)
			.values({
				roundId: round.id,
				userId: null,
				isPaper: true,
				enteredBy: ctx.actor!.userId,
				projectIds: ids,
				ageBand: options.ageBand ?? ''
			})
			.returning({ id: participationBallots.id });
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: ctx.actor,
			action: 'participation.ballot.paper',
			entityType: 'participation_budget_round',
			entityId: round.id,
			details: { ballot: created.id }
		});
		return created;
	});
}
