import { and, eq } from 'drizzle-orm';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { isUuid } from '../../../server/ids.ts';
import { organisationContacts } from '../schema.ts';
import { canManageOrganisations } from '../permissions.server.ts';
import { assertAdultContact, contactSnapshot, lockOrganisation, recordOrganisationChange } from './shared.server.ts';

/** Removes a contact person; refused when it would leave an informal group without an adult contact. */
export async function removeContact(
	ctx: Context,
	options: { organisationId: string; contactId: string }
): Promise<void> {
	authorize(ctx.actor, canManageOrganisations(ctx.actor));
	const actor = ctx.actor;
	if (!isUuid(options.contactId)) throw new AppError('not_found', 'error.404.text');
	await ctx.db.transaction(async (tx) => {
		const organisation = await lockOrganisation(tx, ctx.officeId, options.organisationId);
		const [removed] = await tx
			.delete(organisationContacts)
			.where(
				and(eq(organisationContacts.id, options.contactId), eq(organisationContacts.organisationId, organisation.id))
			)
			.returning();
		if (!removed) throw new AppError('not_found', 'error.404.text');
		await assertAdultContact(tx, organisation);
		await recordOrganisationChange(tx, {
			officeId: ctx.officeId,
			organisationId: organisation.id,
			actor,
			action: 'organisations.contact.removed',
			changes: [{ field: 'contact', before: contactSnapshot(removed), after: null }],
			details: { contactId: removed.id }
		});
	});
}
