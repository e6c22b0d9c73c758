import { and, eq } from 'drizzle-orm';
import { authorize, type Context } from '../../../server/actor.ts';
import { recordAudit } from '../../../server/audit.ts';
import { sanitizeRichText } from '../../../server/html.ts';
import { actionPlans, planAreas } from '../schema.ts';
import { actionPlanMessages } from '../messages.ts';
import type { PlanInput } from '../inputs.ts';
import { canEditActionPlan } from '../permissions.server.ts';
import { freePlanSlug } from './shared.server.ts';

/** The national youth strategy's areas, offered as a new plan's first structure (editable). */
export const DEFAULT_AREAS = [
	'education',
	'employment',
	'health',
	'safety',
	'culture',
	'participation',
	'mobility',
	'inclusion'
] as const;

/** Starts a plan with the default areas; when marked current, the previous current plan stops being so. */
export async function createPlan(
	ctx: Context,
	options: Omit<PlanInput, 'reason'> & { isDemo?: boolean; withDefaultAreas?: boolean }
): Promise<{ id: string; slug: string }> {
	authorize(ctx.actor, canEditActionPlan(ctx.actor));
	const { isDemo = false, withDefaultAreas = true, ...input } = options;
	return ctx.db.transaction(async (tx) => {
		if (input.isCurrent)
			await tx
				.update(actionPlans)
				.set({ isCurrent: false })
				.where(and(eq(actionPlans.officeId, ctx.officeId), eq(actionPlans.isCurrent, true)));
		const slug = await freePlanSlug(tx, ctx.officeId, `${input.firstYear}-${input.lastYear}`);
		const [plan] = await tx
			.insert(actionPlans)
			.values({
				...input,
				introduction: input.introduction ? sanitizeRichText(input.introduction) : '',
				introductionEn: input.introductionEn ? sanitizeRichText(input.introductionEn) : '',
				adoptedAt: input.status === 'adopted' ? new Date() : null,
				officeId: ctx.officeId,
				slug,
				isDemo
			})
			.returning({ id: actionPlans.id, slug: actionPlans.slug });
		if (withDefaultAreas)
			await tx.insert(planAreas).values(
				DEFAULT_AREAS.map((key, index) => {
					const [name, nameEn] = actionPlanMessages[`plan.area.${key}`];
					return { officeId: ctx.officeId, planId: plan.id, name, nameEn, sortOrder: index };
				})
			);
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: ctx.actor,
			action: 'actionPlan.created',
			entityType: 'action_plan',
			entityId: plan.id,
			details: { title: input.title, firstYear: input.firstYear, lastYear: input.lastYear, status: input.status }
		});
		return plan;
	});
}
