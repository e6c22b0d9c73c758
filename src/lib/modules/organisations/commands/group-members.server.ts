// Members of an informal group: names and years of birth for the age profile, never public. The
// history records only how many members there are, so names stay in one place.
import { and, count, eq } from 'drizzle-orm';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { isUuid } from '../../../server/ids.ts';
import type { Database } from '../../../server/db/client.ts';
import { organisationMembers } from '../schema.ts';
import type { MemberInput } from '../inputs.ts';
import { canManageOrganisations } from '../permissions.server.ts';
import { assertAdultContact, lockOrganisation, recordOrganisationChange } from './shared.server.ts';

async function memberCount(tx: Database, organisationId: string): Promise<number> {
	const [row] = await tx
		.select({ total: count() })
		.from(organisationMembers)
		.where(eq(organisationMembers.organisationId, organisationId));
	return Number(row.total);
}

/** Adds a member to an informal group (only groups have members listed by name). */
export async function addGroupMember(
	ctx: Context,
	options: MemberInput & { organisationId: string }
): Promise<{ id: string }> {
	authorize(ctx.actor, canManageOrganisations(ctx.actor));
	const actor = ctx.actor;
	return ctx.db.transaction(async (tx) => {
		const organisation = await lockOrganisation(tx, ctx.officeId, options.organisationId);
		if (organisation.type !== 'informal_group') throw new AppError('invalid', 'organisations.form.invalidChoice');
		await assertAdultContact(tx, organisation);
		const before = await memberCount(tx, organisation.id);
		const [created] = await tx
			.insert(organisationMembers)
			.values({
				officeId: ctx.officeId,
				organisationId: organisation.id,
				name: options.name,
				birthYear: options.birthYear
			})
			.returning({ id: organisationMembers.id });
		await recordOrganisationChange(tx, {
			officeId: ctx.officeId,
			organisationId: organisation.id,
			actor,
			action: 'organisations.member.added',
			changes: [{ field: 'groupMembers', before, after: before + 1 }],
			details: { memberId: created.id }
		});
		return created;
	});
}

/** Removes a member from an informal group. */
export async function removeGroupMember(ctx: Context, options: { organisationId: string; memberId: string }) {
	authorize(ctx.actor, canManageOrganisations(ctx.actor));
	const actor = ctx.actor;
	if (!isUuid(options.memberId)) throw new AppError('not_found', 'error.404.text');
	await ctx.db.transaction(async (tx) => {
		const organisation = await lockOrganisation(tx, ctx.officeId, options.organisationId);
		const before = await memberCount(tx, organisation.id);
		const [removed] = await tx
			.delete(organisationMembers)
			.where(and(eq(organisationMembers.id, options.memberId), eq(organisationMembers.organisationId, organisation.id)))
			.returning({ id: organisationMembers.id });
		if (!removed) throw new AppError('not_found', 'error.404.text');
		await recordOrganisationChange(tx, {
			officeId: ctx.officeId,
			organisationId: organisation.id,
			actor,
			action: 'organisations.member.removed',
			changes: [{ field: 'groupMembers', before, after: before - 1 }],
			details: { memberId: removed.id }
		});
	});
}
