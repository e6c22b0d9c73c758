// Commands of the participatory budget: rounds, proposals, feasibility review, progress of winners.
// Ballots are in cast-ballot.server.ts.
import { and, eq, sql } from 'drizzle-orm';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { recordAudit } from '../../../server/audit.ts';
import { isUuid } from '../../../server/ids.ts';
import { consumeRateLimit } from '../../../server/rate-limit.ts';
import { encodeMessage } from '../../../i18n/index.ts';
import { participationBudgetProjects, participationBudgetRounds } from '../schema.ts';
import type { ProjectInput, RoundInput } from '../inputs.ts';
import { canManageParticipation } from '../permissions.server.ts';
import { budgetPhase, checkRoundEdit } from '../rules.ts';
import { chooseImages, editRefusal, ownImageIds, requireYoungPerson } from './shared.server.ts';

/**
 * Creates or changes a budget round (amount, phases, who may vote and how). Once its proposals have
 * opened only the texts and the phase dates still ahead (moved later) may change (checkRoundEdit).
 */
export async function saveBudgetRound(
	ctx: Context,
	options: { id?: string; input: RoundInput; now?: Date }
): Promise<{ id: string }> {
	authorize(ctx.actor, canManageParticipation(ctx.actor));
	const { input } = options;
	if (options.id !== undefined && !isUuid(options.id)) throw new AppError('not_found', 'error.404.text');
	if (input.rule === 'approve_up_to' && !input.maxChoices)
		throw new AppError('invalid', 'participation.error.maxChoices', {
			maxChoices: encodeMessage('participation.error.maxChoices')
		});
	return ctx.db.transaction(async (tx) => {
		let id: string;
		if (options.id) {
			const [stored] = await tx
				.select()
				.from(participationBudgetRounds)
				.where(and(eq(participationBudgetRounds.officeId, ctx.officeId), eq(participationBudgetRounds.id, options.id)))
				.for('update');
			if (!stored) throw new AppError('not_found', 'error.404.text');
			const { problems, values } = checkRoundEdit(stored, input, options.now ?? new Date());
			if (Object.keys(problems).length) throw editRefusal(problems);
			await tx.update(participationBudgetRounds).set(values).where(eq(participationBudgetRounds.id, stored.id));
			id = stored.id;
		} else {
			const [created] = await tx
				.insert(participationBudgetRounds)
				.values({ ...input, officeId: ctx.officeId })
				.returning({ id: participationBudgetRounds.id });
			id = created.id;
		}
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: ctx.actor,
			action: options.id ? 'participation.round.updated' : 'participation.round.created',
			entityType: 'participation_budget_round',
			entityId: id,
			details: { amount: input.amount, rule: input.rule }
		});
		return { id };
	});
}

/** The round of the office, or not found. */
async function loadRound(ctx: Context, roundId: string) {
	const [round] = await ctx.db
		.select()
		.from(participationBudgetRounds)
		.where(and(eq(participationBudgetRounds.officeId, ctx.officeId), eq(participationBudgetRounds.id, roundId)));
	if (!round) throw new AppError('not_found', 'error.404.text');
	return round;
}

/** A young person proposes a project during the proposals phase. */
export async function proposeProject(
	ctx: Context,
	options: { roundId: string; input: ProjectInput; now?: Date }
): Promise<{ id: string }> {
	authorize(ctx.actor, true);
	const actor = ctx.actor;
	const now = options.now ?? new Date();
	const round = await loadRound(ctx, options.roundId);
	if (budgetPhase(round, now) !== 'proposals')
		throw new AppError('conflict', 'participation.budget.error.notProposals');
	await requireYoungPerson(ctx, now);
	await consumeRateLimit(ctx.db, `participation.project:${actor.userId}`, { limit: 5, windowSeconds: 24 * 3600 });
	const imageIds = chooseImages(options.input.imageIds, await ownImageIds(ctx, options.input.imageIds));
	return ctx.db.transaction(async (tx) => {
		const [created] = await tx
			.insert(participationBudgetProjects)
			.values({ ...options.input, imageIds, officeId: ctx.officeId, roundId: round.id, authorId: actor.userId })
			.returning({ id: participationBudgetProjects.id });
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'participation.project.proposed',
			entityType: 'participation_budget_project',
			entityId: created.id
		});
		return created;
	});
}

/** Staff's feasibility review: feasible or not (the reason is public) and the final cost estimate. */
export async function reviewProject(
	ctx: Context,
	options: { projectId: string; feasibility: 'feasible' | 'not_feasible'; finalCost: number; reason: string }
): Promise<void> {
	authorize(ctx.actor, canManageParticipation(ctx.actor));
	if (options.feasibility === 'not_feasible' && !options.reason)
		throw new AppError('invalid', 'participation.budget.error.reasonRequired', {
			reason: encodeMessage('participation.budget.error.reasonRequired')
		});
	await ctx.db.transaction(async (tx) => {
		const changed = await tx
			.update(participationBudgetProjects)
			.set({ feasibility: options.feasibility, finalCost: options.finalCost, feasibilityReason: options.reason })
			.where(
				and(
					eq(participationBudgetProjects.officeId, ctx.officeId),
					eq(participationBudgetProjects.id, options.projectId)
				)
			)
			.returning({ id: participationBudgetProjects.id });
		if (changed.length === 0) throw new AppError('not_found', 'error.404.text');
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: ctx.actor,
			action: 'participation.project.reviewed',
			entityType: 'participation_budget_project',
			entityId: options.projectId,
			details: { feasibility: options.feasibility, finalCost: options.finalCost }
		});
	});
}

/** Staff record how far a winning project has been carried out. */
export async function updateProjectProgress(
	ctx: Context,
	options: { projectId: string; progress: number; note: string }
): Promise<void> {
	authorize(ctx.actor, canManageParticipation(ctx.actor));
	await ctx.db.transaction(async (tx) => {
		const changed = await tx
			.update(participationBudgetProjects)
			.set({
				progress: options.progress,
				progressNote: options.note,
				completedAt: options.progress === 100 ? sql`coalesce(${participationBudgetProjects.completedAt}, now())` : null
			})
			.where(
				and(
					eq(participationBudgetProjects.officeId, ctx.officeId),
					eq(participationBudgetProjects.id, options.projectId)
				)
			)
			.returning({ id: participationBudgetProjects.id });
		if (changed.length === 0) throw new AppError('not_found', 'error.404.text');
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: ctx.actor,
			action: 'participation.project.progress',
			entityType: 'participation_budget_project',
			entityId: options.projectId,
			details: { progress: options.progress }
		});
	});
}
