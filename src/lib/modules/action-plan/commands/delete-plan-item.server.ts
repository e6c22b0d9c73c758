import { and, eq } from 'drizzle-orm';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { planActivities, planAreas, planGoals, planMeasures, planIndicators } from '../schema.ts';
import { canEditActionPlan } from '../permissions.server.ts';
import { englishTitleOf, lockPlan, recordPlanChange } from './shared.server.ts';

const TABLES = {
	area: planAreas,
	goal: planGoals,
	measure: planMeasures,
	activity: planActivities,
	indicator: planIndicators
} as const;

/**
 * Removes a part of the plan with everything under it. After adoption this needs a reason; an
 * activity that will not be done is better marked "dropped", which keeps it in the history.
 */
export async function deletePlanItem(
	ctx: Context,
	options: { planId: string; kind: keyof typeof TABLES; id: string; reason: string }
): Promise<void> {
	authorize(ctx.actor, canEditActionPlan(ctx.actor));
	await ctx.db.transaction(async (tx) => {
		const plan = await lockPlan(tx, ctx.officeId, options.planId);
		const table = TABLES[options.kind];
		const [existing] = await tx
			.select()
			.from(table)
			.where(and(eq(table.planId, plan.id), eq(table.id, options.id)));
		if (!existing) throw new AppError('not_found', 'plan.error.notFound');
		const title = 'title' in existing ? existing.title : existing.name;
		await recordPlanChange(tx, ctx, plan, {
			action: `actionPlan.${options.kind}.deleted`,
			entityType: `plan_${options.kind}`,
			entityId: options.id,
			reason: options.reason,
			changes: [
				{ entity: options.kind, title, ...englishTitleOf(existing), field: 'deleted', before: title, after: null }
			]
		});
		await tx.delete(table).where(eq(table.id, options.id));
	});
}
