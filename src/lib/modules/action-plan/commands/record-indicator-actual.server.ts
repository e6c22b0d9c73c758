import { and, eq } from 'drizzle-orm';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { recordAudit } from '../../../server/audit.ts';
import { encodeMessage } from '../../../i18n/index.ts';
import { planIndicators, planIndicatorValues } from '../schema.ts';
import type { IndicatorActualInput } from '../inputs.ts';
import { canEditActionPlan } from '../permissions.server.ts';
import { lockPlan } from './shared.server.ts';

/**
 * Enters an indicator's actual value for a year, with its source (not for computed indicators,
 * whose actuals the platform counts). Measuring results is monitoring,
 * not a change to the plan, so it needs no reason and does not enter the history of changes.
 */
export async function recordIndicatorActual(
	ctx: Context,
	options: { planId: string; indicatorId: string; input: IndicatorActualInput }
): Promise<void> {
	authorize(ctx.actor, canEditActionPlan(ctx.actor));
	const { planId, indicatorId, input } = options;
	await ctx.db.transaction(async (tx) => {
		const plan = await lockPlan(tx, ctx.officeId, planId);
		const [indicator] = await tx
			.select({ id: planIndicators.id, computedFrom: planIndicators.computedFrom })
			.from(planIndicators)
			.where(and(eq(planIndicators.planId, planId), eq(planIndicators.id, indicatorId)));
		if (!indicator) throw new AppError('not_found', 'plan.error.notFound');
		// The platform counts these itself; a typed number would be hidden by the count anyway.
		if (indicator.computedFrom)
			throw new AppError('invalid', 'plan.computed.error.typed', {
				actual: encodeMessage('plan.computed.error.typed')
			});
		if (input.year < plan.firstYear || input.year > plan.lastYear)
			throw new AppError('invalid', 'plan.error.yearOutside', {
				year: encodeMessage('plan.error.yearOutside', { first: String(plan.firstYear), last: String(plan.lastYear) })
			});
		const values = { actual: input.actual, source: input.source, note: input.note, computedAt: null };
		await tx
			.insert(planIndicatorValues)
			.values({ indicatorId, officeId: ctx.officeId, year: input.year, ...values })
			.onConflictDoUpdate({ target: [planIndicatorValues.indicatorId, planIndicatorValues.year], set: values });
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: ctx.actor,
			action: 'actionPlan.indicator.actualRecorded',
			entityType: 'plan_indicator',
			entityId: indicatorId,
			details: { planId, year: input.year, actual: input.actual }
		});
	});
}
