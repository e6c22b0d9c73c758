import { and, eq, max, sql } from 'drizzle-orm';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { encodeMessage } from '../../../i18n/index.ts';
import { isBuiltInMeasure, planGoals, planIndicators, planIndicatorValues, planMeasures } from '../schema.ts';
import { loadIndicatorSources } from '../indicator-sources.server.ts';
import type { IndicatorInput } from '../inputs.ts';
import { canEditActionPlan } from '../permissions.server.ts';
import { changedFields, lockPlan, recordPlanChange } from './shared.server.ts';

const FIELDS = [
	'goalId',
	'measureId',
	'name',
	'nameEn',
	'unit',
	'unitEn',
	'baselineValue',
	'baselineYear',
	'endTarget',
	'dataSource',
	'computedFrom'
] as const;

/** Creates or updates an indicator of a goal or measure with its yearly targets (actuals are kept). */
export async function saveIndicator(
	ctx: Context,
	options: { planId: string; id?: string; input: IndicatorInput }
): Promise<{ id: string }> {
	authorize(ctx.actor, canEditActionPlan(ctx.actor));
	const { planId, id, input } = options;
	if (input.computedFrom !== null && !isBuiltInMeasure(input.computedFrom)) {
		const sources = await loadIndicatorSources();
		if (!sources.some((source) => source.key === input.computedFrom))
			throw new AppError('invalid', 'plan.computed.error.unknown', {
				computedFrom: encodeMessage('plan.computed.error.unknown')
			});
	}
	return ctx.db.transaction(async (tx) => {
		const plan = await lockPlan(tx, ctx.officeId, planId);
		const parent = input.goalId
			? await tx
					.select({ id: planGoals.id })
					.from(planGoals)
					.where(and(eq(planGoals.planId, planId), eq(planGoals.id, input.goalId)))
			: await tx
					.select({ id: planMeasures.id })
					.from(planMeasures)
					.where(and(eq(planMeasures.planId, planId), eq(planMeasures.id, input.measureId!)));
		if (parent.length === 0)
			throw new AppError('invalid', 'plan.error.notFound', {
				measureId: encodeMessage('plan.error.notFound')
			});
		const outside = input.targets.find((row) => row.year < plan.firstYear || row.year > plan.lastYear);
		if (outside)
			throw new AppError('invalid', 'plan.error.yearOutside', {
				targets: encodeMessage('plan.error.yearOutside', { first: String(plan.firstYear), last: String(plan.lastYear) })
			});
		const { targets, reason, ...values } = input;
		let before: (typeof planIndicators.$inferSelect & { targets?: unknown }) | null = null;
		let indicatorId: string;
		if (id) {
			const [existing] = await tx
				.select()
				.from(planIndicators)
				.where(and(eq(planIndicators.planId, planId), eq(planIndicators.id, id)));
			if (!existing) throw new AppError('not_found', 'plan.error.notFound');
			before = existing;
			await tx.update(planIndicators).set(values).where(eq(planIndicators.id, id));
			indicatorId = id;
		} else {
			const [last] = await tx
				.select({ value: max(planIndicators.sortOrder) })
				.from(planIndicators)
				.where(eq(planIndicators.planId, planId));
			const [created] = await tx
				.insert(planIndicators)
				.values({ ...values, officeId: ctx.officeId, planId, sortOrder: (last?.value ?? -1) + 1 })
				.returning({ id: planIndicators.id });
			indicatorId = created.id;
		}
		const changes = changedFields('indicator', input.name, before, values, FIELDS);
		const previousTargets = await tx
			.select({ year: planIndicatorValues.year, target: planIndicatorValues.target })
			.from(planIndicatorValues)
			.where(eq(planIndicatorValues.indicatorId, indicatorId));
		const known = new Map(previousTargets.map((row) => [row.year, row.target]));
		for (const row of targets) {
			if ((known.get(row.year) ?? null) === row.target) continue;
			changes.push({
				entity: 'indicator',
				title: input.name,
				field: `target ${row.year}`,
				before: known.get(row.year) ?? null,
				after: row.target
			});
			await tx
				.insert(planIndicatorValues)
				.values({ indicatorId, officeId: ctx.officeId, year: row.year, target: row.target })
				.onConflictDoUpdate({
					target: [planIndicatorValues.indicatorId, planIndicatorValues.year],
					set: { target: sql`excluded.target` }
				});
		}
		await recordPlanChange(tx, ctx, plan, {
			action: id ? 'actionPlan.indicator.updated' : 'actionPlan.indicator.created',
			entityType: 'plan_indicator',
			entityId: indicatorId,
			reason,
			changes
		});
		return { id: indicatorId };
	});
}
