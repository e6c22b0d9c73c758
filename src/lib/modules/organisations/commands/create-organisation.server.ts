import { authorize, type Context } from '../../../server/actor.ts';
import { AppError, isUniqueViolation } from '../../../server/errors.ts';
import { encodeMessage } from '../../../i18n/index.ts';
import { organisationContacts, organisations } from '../schema.ts';
import type { OrganisationInput } from '../inputs.ts';
import { canManageOrganisations } from '../permissions.server.ts';
import { findDuplicateCandidates } from '../duplicates.server.ts';
import { contactSnapshot, diffFields, freeOrganisationSlug, recordOrganisationChange } from './shared.server.ts';
import { organisationFields } from './organisation-fields.server.ts';

/**
 * Adds an organisation to the office's directory. Likely duplicates (same registration number or a
 * similar name in either script) stop the save until staff confirm it is a different organisation;
 * an informal group is saved only with an adult contact person.
 */
export async function createOrganisation(
	ctx: Context,
	options: OrganisationInput & { now?: Date; isDemo?: boolean }
): Promise<{ id: string; slug: string }> {
	authorize(ctx.actor, canManageOrganisations(ctx.actor));
	const actor = ctx.actor;
	const { now = new Date(), isDemo = false, ...input } = options;
	if (input.type === 'informal_group' && !input.contactName) {
		throw new AppError('invalid', 'organisations.group.needsAdultContact', {
			contactName: 'organisations.group.needsAdultContact'
		});
	}
	if (!input.confirmDuplicate) {
		const candidates = await findDuplicateCandidates(ctx.db, ctx.officeId, input);
		if (candidates.length > 0) {
			const message = encodeMessage('organisations.form.duplicateWarning', {
				names: candidates.map((candidate) => candidate.name).join(', ')
			});
			throw new AppError('conflict', message, { name: message });
		}
	}
	for (let attempt = 0; ; attempt++) {
		try {
			return await ctx.db.transaction(async (tx) => {
				const fields = await organisationFields(tx, ctx.officeId, input);
				const slug = await freeOrganisationSlug(tx, ctx.officeId, input.name);
				const [created] = await tx
					.insert(organisations)
					.values({ ...fields, officeId: ctx.officeId, slug, isDemo, createdAt: now, updatedAt: now })
					.returning({ id: organisations.id, slug: organisations.slug });
				const changes = diffFields(null, fields);
				if (input.contactName) {
					const contact = {
						name: input.contactName,
						role: input.contactRole,
						email: input.contactEmail,
						phone: input.contactPhone,
						// The person typed with a new record is its adult contact (informal groups need one).
						isAdult: true,
						isPublic: false
					};
					await tx
						.insert(organisationContacts)
						.values({ ...contact, officeId: ctx.officeId, organisationId: created.id });
					changes.push({ field: 'contact', before: null, after: contactSnapshot(contact) });
				}
				await recordOrganisationChange(tx, {
					officeId: ctx.officeId,
					organisationId: created.id,
					actor,
					action: 'organisations.created',
					changes,
					details: { name: input.name, type: input.type, duplicateConfirmed: input.confirmDuplicate },
					now
				});
				return created;
			});
		} catch (caught) {
			// Someone saved the same name at the same moment: take the next number.
			if (attempt < 3 && isUniqueViolation(caught)) continue;
			throw caught;
		}
	}
}
