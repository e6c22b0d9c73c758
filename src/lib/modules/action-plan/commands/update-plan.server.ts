import { and, eq, ne } from 'drizzle-orm';
import { authorize, type Context } from '../../../server/actor.ts';
import { sanitizeRichText } from '../../../server/html.ts';
import { actionPlans } from '../schema.ts';
import type { PlanInput } from '../inputs.ts';
import { canEditActionPlan } from '../permissions.server.ts';
import { changedFields, lockPlan, recordPlanChange } from './shared.server.ts';

const FIELDS = [
	'title',
	'titleEn',
	'firstYear',
	'lastYear',
	'status',
	'decisionNumber',
	'decisionDate',
	'decisionDocumentId',
	'introduction',
	'introductionEn',
	'isCurrent'
] as const;

/**
 * Saves a plan's details and status. Adoption is stamped the first time the plan becomes adopted;
 * from then on every change needs a reason and appears in the public history.
 */
export async function updatePlan(ctx: Context, options: { planId: string; input: PlanInput }): Promise<void> {
	authorize(ctx.actor, canEditActionPlan(ctx.actor));
	const { planId, input } = options;
	await ctx.db.transaction(async (tx) => {
		const plan = await lockPlan(tx, ctx.officeId, planId);
		const next = {
			...input,
			introduction: input.introduction ? sanitizeRichText(input.introduction) : '',
			introductionEn: input.introductionEn ? sanitizeRichText(input.introductionEn) : ''
		};
		const changes = changedFields<Record<string, unknown>>('plan', plan.title, plan, next, FIELDS);
		await recordPlanChange(tx, ctx, plan, {
			action: 'actionPlan.updated',
			entityType: 'action_plan',
			entityId: plan.id,
			reason: input.reason,
			changes
		});
		if (input.isCurrent && !plan.isCurrent)
			await tx
				.update(actionPlans)
				.set({ isCurrent: false })
				.where(
					and(eq(actionPlans.officeId, ctx.officeId), eq(actionPlans.isCurrent, true), ne(actionPlans.id, plan.id))
				);
		const { reason: _reason, ...fields } = next;
		void _reason;
		await tx
			.update(actionPlans)
			.set({
				...fields,
				adoptedAt: plan.adoptedAt ?? (input.status === 'adopted' ? new Date() : null),
				updatedAt: new Date()
			})
			.where(eq(actionPlans.id, plan.id));
	});
}
