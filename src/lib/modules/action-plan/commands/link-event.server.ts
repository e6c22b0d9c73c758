import { and, eq } from 'drizzle-orm';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { recordAudit } from '../../../server/audit.ts';
import { getEventById } from '../../events/queries.server.ts';
import { planActivities, planEventLinks, planMeasures } from '../schema.ts';
import { canEditActionPlan } from '../permissions.server.ts';

/**
 * Says which measures (and activities) of the plan an event carries out, replacing what was said
 * before; an empty list unlinks it. These links are the plan's evidence of what was done.
 */
export async function setEventPlanLinks(
	ctx: Context,
	options: { eventId: string; links: { measureId: string; activityId: string | null }[] }
): Promise<void> {
	authorize(ctx.actor, canEditActionPlan(ctx.actor));
	await ctx.db.transaction(async (tx) => {
		const event = await getEventById(tx, ctx.officeId, options.eventId);
		if (!event) throw new AppError('not_found', 'plan.error.notFound');
		const links = new Map<string, string | null>();
		for (const link of options.links) {
			const [measure] = await tx
				.select({ id: planMeasures.id })
				.from(planMeasures)
				.where(and(eq(planMeasures.officeId, ctx.officeId), eq(planMeasures.id, link.measureId)));
			if (!measure) throw new AppError('invalid', 'plan.error.notFound');
			if (link.activityId) {
				const [activity] = await tx
					.select({ id: planActivities.id })
					.from(planActivities)
					.where(and(eq(planActivities.measureId, link.measureId), eq(planActivities.id, link.activityId)));
				if (!activity) throw new AppError('invalid', 'plan.error.notFound');
			}
			links.set(link.measureId, link.activityId);
		}
		await tx.delete(planEventLinks).where(eq(planEventLinks.eventId, event.id));
		if (links.size > 0)
			await tx.insert(planEventLinks).values(
				[...links].map(([measureId, activityId]) => ({
					eventId: event.id,
					officeId: ctx.officeId,
					measureId,
					activityId
				}))
			);
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor: ctx.actor,
			action: 'actionPlan.eventLinked',
			entityType: 'event',
			entityId: event.id,
			details: { measures: [...links.keys()] }
		});
	});
}
