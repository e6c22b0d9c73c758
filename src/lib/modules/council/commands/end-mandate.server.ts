import { eq } from 'drizzle-orm';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { canManageCouncil } from '../permissions.server.ts';
import { councilMembers } from '../schema.ts';
import { ageRuleMembersOf, ageRulePolicyOf, loadBody, loadMember, todayIn } from '../access.server.ts';
import { checkAgeRule } from '../rules.ts';
import type { MemberChangeResult } from './add-member.server.ts';

/** Ends a member's mandate on a date: they leave the body, their past mandate stays listed. */
export async function endCouncilMandate(
	ctx: Context,
	options: { memberId: string; mandateTo: string },
	now = new Date()
): Promise<MemberChangeResult> {
	authorize(ctx.actor, canManageCouncil(ctx.actor));
	const actor = ctx.actor;
	return ctx.db.transaction(async (tx) => {
		const member = await loadMember(tx, ctx.officeId, options.memberId);
		if (options.mandateTo < member.mandateFrom)
			throw new AppError('invalid', 'council.error.mandateEndsBeforeStart', {
				mandateTo: 'council.error.mandateEndsBeforeStart'
			});
		const body = await loadBody(tx, ctx.officeId, member.bodyId);
		const policy = await ageRulePolicyOf(tx, ctx.officeId, body);
		const today = todayIn(now);
		const before = checkAgeRule(await ageRuleMembersOf(tx, body.id), policy, today);
		await tx.update(councilMembers).set({ mandateTo: options.mandateTo }).where(eq(councilMembers.id, member.id));
		const after = checkAgeRule(await ageRuleMembersOf(tx, body.id), policy, today);
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'council.mandate_ended',
			entityType: 'council_member',
			entityId: member.id,
			details: { bodyId: body.id, mandateTo: options.mandateTo, ageRuleHolds: after.today.holds }
		});
		return { memberId: member.id, before, after, linkedAccount: member.userId !== null };
	});
}
