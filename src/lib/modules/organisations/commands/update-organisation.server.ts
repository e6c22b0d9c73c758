import { eq } from 'drizzle-orm';
import { authorize, type Context } from '../../../server/actor.ts';
import { organisations } from '../schema.ts';
import type { OrganisationInput } from '../inputs.ts';
import { canManageOrganisations } from '../permissions.server.ts';
import { assertAdultContact, diffFields, lockOrganisation, recordOrganisationChange } from './shared.server.ts';
import { organisationFields } from './organisation-fields.server.ts';

/** Saves staff's changes to an organisation; every changed field goes to its history and the audit log. */
export async function updateOrganisation(
	ctx: Context,
	options: OrganisationInput & { id: string; now?: Date }
): Promise<{ id: string; changed: string[] }> {
	authorize(ctx.actor, canManageOrganisations(ctx.actor));
	const actor = ctx.actor;
	const { id, now = new Date(), ...input } = options;
	return ctx.db.transaction(async (tx) => {
		const current = await lockOrganisation(tx, ctx.officeId, id);
		const fields = await organisationFields(tx, ctx.officeId, input);
		// Becoming an informal group needs an adult contact person already on the record.
		await assertAdultContact(tx, { id, type: fields.type });
		const changes = diffFields(current as unknown as Record<string, unknown>, fields);
		if (changes.length > 0) {
			await tx
				.update(organisations)
				.set({ ...fields, updatedAt: now })
				.where(eq(organisations.id, id));
		}
		await recordOrganisationChange(tx, {
			officeId: ctx.officeId,
			organisationId: id,
			actor,
			action: 'organisations.updated',
			changes,
			now
		});
		return { id, changed: changes.map((change) => change.field) };
	});
}
