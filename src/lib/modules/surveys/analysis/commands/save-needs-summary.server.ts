import { and, eq } from 'drizzle-orm';
import * as v from 'valibot';
import { authorize, type Context } from '../../../../server/actor.ts';
import { AppError } from '../../../../server/errors.ts';
import { recordAudit } from '../../../../server/audit.ts';
import { sanitizeRichText } from '../../../../server/html.ts';
import { needsSummaries, needsSummaryGoals } from '../../schema.ts';
import { canManageSurveys } from '../../permissions.server.ts';
import { listGoalChoices } from '../research-queries.server.ts';
import type { needsSummaryInput } from '../inputs.ts';

/**
 * Writes the needs summary of a year (creating it the first time) and the action-plan goals that
 * answer those needs, replacing the links given before. Goals must be this office's.
 */
export async function saveNeedsSummary(
	ctx: Context,
	options: { year: number; input: v.InferOutput<typeof needsSummaryInput> }
): Promise<{ id: string }> {
	authorize(ctx.actor, canManageSurveys(ctx.actor));
	const actor = ctx.actor;
	if (!Number.isInteger(options.year) || options.year < 2000 || options.year > 2100)
		throw new AppError('not_found', 'surveys.research.error.notFound');
	const goalIds = [...new Set(options.input.goalIds)];
	const known = new Set((await listGoalChoices(ctx.db, ctx.officeId)).map((goal) => goal.id));
	if (goalIds.some((id) => !known.has(id)))
		throw new AppError('invalid', 'surveys.research.error.notFound', { goalIds: 'surveys.research.error.notFound' });
	return ctx.db.transaction(async (tx) => {
		const values = {
			summary: sanitizeRichText(options.input.summary),
			summaryEn: sanitizeRichText(options.input.summaryEn),
			isPublic: options.input.isPublic,
			updatedBy: actor.userId,
			updatedAt: new Date()
		};
		const [saved] = await tx
			.insert(needsSummaries)
			.values({ officeId: ctx.officeId, year: options.year, ...values })
			.onConflictDoUpdate({ target: [needsSummaries.officeId, needsSummaries.year], set: values })
			.returning({ id: needsSummaries.id });
		await tx.delete(needsSummaryGoals).where(and(eq(needsSummaryGoals.summaryId, saved.id)));
		if (goalIds.length > 0)
			await tx
				.insert(needsSummaryGoals)
				.values(goalIds.map((goalId) => ({ summaryId: saved.id, goalId, officeId: ctx.officeId })));
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'surveys.needsSummary.saved',
			entityType: 'needs_summary',
			entityId: saved.id,
			details: { year: options.year, isPublic: options.input.isPublic, goals: goalIds.length }
		});
		return { id: saved.id };
	});
}
