import { and, eq, sql } from 'drizzle-orm';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { isUuid } from '../../../server/ids.ts';
import { organisationContacts } from '../schema.ts';
import type { ContactInput } from '../inputs.ts';
import { canManageOrganisations } from '../permissions.server.ts';
import { assertAdultContact, contactSnapshot, lockOrganisation, recordOrganisationChange } from './shared.server.ts';

/**
 * Adds a contact person to an organisation or changes one. A person is public only when the
 * organisation chose to show its contacts; an informal group keeps at least one adult contact.
 */
export async function saveContact(
	ctx: Context,
	options: ContactInput & { organisationId: string }
): Promise<{ id: string }> {
	authorize(ctx.actor, canManageOrganisations(ctx.actor));
	const actor = ctx.actor;
	const { organisationId, contactId, ...input } = options;
	return ctx.db.transaction(async (tx) => {
		const organisation = await lockOrganisation(tx, ctx.officeId, organisationId);
		const values = { ...input, isPublic: input.isPublic && organisation.publicFields.includes('contacts') };
		let id: string;
		let before: ReturnType<typeof contactSnapshot> | null = null;
		if (contactId) {
			if (!isUuid(contactId)) throw new AppError('not_found', 'error.404.text');
			const [current] = await tx
				.select()
				.from(organisationContacts)
				.where(and(eq(organisationContacts.id, contactId), eq(organisationContacts.organisationId, organisation.id)));
			if (!current) throw new AppError('not_found', 'error.404.text');
			before = contactSnapshot(current);
			await tx.update(organisationContacts).set(values).where(eq(organisationContacts.id, contactId));
			id = contactId;
		} else {
			const [{ next }] = await tx
				.select({ next: sql<number>`coalesce(max(${organisationContacts.sortOrder}), -1)::int + 1` })
				.from(organisationContacts)
				.where(eq(organisationContacts.organisationId, organisation.id));
			const [created] = await tx
				.insert(organisationContacts)
				.values({ ...values, officeId: ctx.officeId, organisationId: organisation.id, sortOrder: next })
				.returning({ id: organisationContacts.id });
			id = created.id;
		}
		await assertAdultContact(tx, organisation);
		await recordOrganisationChange(tx, {
			officeId: ctx.officeId,
			organisationId: organisation.id,
			actor,
			action: contactId ? 'organisations.contact.updated' : 'organisations.contact.added',
			changes: [{ field: 'contact', before, after: contactSnapshot(values) }],
			details: { contactId: id }
		});
		return { id };
	});
}
