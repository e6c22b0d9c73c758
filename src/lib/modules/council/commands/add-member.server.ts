import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { memberships, users } from '../../../server/db/core-schema.ts';
import { canManageCouncil } from '../permissions.server.ts';
import { councilMembers } from '../schema.ts';
import { ageRuleMembersOf, ageRulePolicyOf, loadBody, todayIn } from '../access.server.ts';
import { checkAgeRule, type AgeRuleReport } from '../rules.ts';
import type { MemberInput } from '../inputs.ts';

export interface MemberChangeResult {
	memberId: string;
	/** The age rule before and after the change, so the outcome is explained, never silent. */
	before: AgeRuleReport;
	after: AgeRuleReport;
	/** Whether an existing account was linked (and given the council member role). */
	linkedAccount: boolean;
}

/**
 * Adds a member's mandate to a body. When an account has the member's e-mail address it is linked and
 * gets the council member role in the office. The age rule is checked before and after the addition.
 */
export async function addCouncilMember(
	ctx: Context,
	input: MemberInput,
	now = new Date()
): Promise<MemberChangeResult> {
	authorize(ctx.actor, canManageCouncil(ctx.actor));
	const actor = ctx.actor;
	return ctx.db.transaction(async (tx) => {
		const body = await loadBody(tx, ctx.officeId, input.bodyId);
		const policy = await ageRulePolicyOf(tx, ctx.officeId, body);
		const today = todayIn(now);
		const before = checkAgeRule(await ageRuleMembersOf(tx, body.id), policy, today);
		const [account] = input.email
			? await tx.select({ id: users.id }).from(users).where(eq(users.email, input.email))
			: [];
		const { bodyId, ...fields } = input;
		const [member] = await tx
			.insert(councilMembers)
			.values({ ...fields, bodyId, officeId: ctx.officeId, userId: account?.id ?? null })
			.returning({ id: councilMembers.id });
		if (account) await grantCouncilRole(tx, ctx.officeId, account.id);
		const after = checkAgeRule(await ageRuleMembersOf(tx, body.id), policy, today);
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'council.member_added',
			entityType: 'council_member',
			entityId: member.id,
			details: {
				bodyId,
				role: input.role,
				linkedAccount: !!account,
				ageRuleHolds: after.today.holds,
				ageRuleWarning: after.warning?.date ?? null
			}
		});
		return { memberId: member.id, before, after, linkedAccount: !!account };
	});
}

/** Gives an account the council member role in the office, once. */
export async function grantCouncilRole(
	db: Parameters<typeof recordAudit>[0],
	officeId: string,
	userId: string
): Promise<void> {
	const [existing] = await db
		.select({ role: memberships.role })
		.from(memberships)
		.where(
			and(eq(memberships.officeId, officeId), eq(memberships.userId, userId), eq(memberships.role, 'council_member'))
		);
	if (!existing) await db.insert(memberships).values({ officeId, userId, role: 'council_member' });
}
