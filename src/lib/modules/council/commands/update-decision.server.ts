import { eq } from 'drizzle-orm';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { isUuid } from '../../../server/ids.ts';
import { canManageCouncil } from '../permissions.server.ts';
import { councilDecisions } from '../schema.ts';
import type { DecisionStatusInput } from '../inputs.ts';
import { checkDecisionLinks } from '../links.server.ts';

/** Records a decision's follow-up: its status with a note, and its links to the action plan, events and initiatives. */
export async function updateDecisionFollowUp(ctx: Context, input: DecisionStatusInput): Promise<void> {
	authorize(ctx.actor, canManageCouncil(ctx.actor));
	const actor = ctx.actor;
	if (!isUuid(input.decisionId)) throw new AppError('not_found', 'error.404.text');
	const linkErrors = await checkDecisionLinks(ctx.db, ctx.officeId, {
		measureId: input.measureId,
		activityId: input.activityId,
		eventId: input.eventId,
		initiativeId: input.initiativeId ?? null
	});
	if (Object.keys(linkErrors).length > 0) throw new AppError('invalid', 'common.formHasErrors', linkErrors);
	await ctx.db.transaction(async (tx) => {
		const [decision] = await tx.select().from(councilDecisions).where(eq(councilDecisions.id, input.decisionId));
		if (!decision || decision.officeId !== ctx.officeId) throw new AppError('not_found', 'error.404.text');
		const { decisionId, ...fields } = input;
		await tx
			.update(councilDecisions)
			.set({
				...fields,
				statusChangedAt: decision.status === input.status ? decision.statusChangedAt : new Date(),
				updatedAt: new Date()
			})
			.where(eq(councilDecisions.id, decisionId));
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'council.decision_updated',
			entityType: 'council_decision',
			entityId: decisionId,
			details: { from: decision.status, to: input.status }
		});
	});
}
