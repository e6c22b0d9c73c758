// Reading and writing the representative-editable part of a profile, for proposals and reviews.
import { asc, eq } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import { organisationContacts, organisationMembers, organisations, type FieldChange } from './schema.ts';
import {
	PROFILE_FIELDS,
	type ContactSnapshot,
	type MemberSnapshot,
	type ProfileField,
	type ProfileSnapshot
} from './self-service-profile.ts';

/** The editable part of an organisation's profile as it is now. */
export async function readProfile(db: Database, organisationId: string): Promise<ProfileSnapshot | null> {
	const [row] = await db.select().from(organisations).where(eq(organisations.id, organisationId));
	if (!row) return null;
	const contacts = await db
		.select({
			name: organisationContacts.name,
			role: organisationContacts.role,
			email: organisationContacts.email,
			phone: organisationContacts.phone,
			isAdult: organisationContacts.isAdult,
			isPublic: organisationContacts.isPublic
		})
		.from(organisationContacts)
		.where(eq(organisationContacts.organisationId, organisationId))
		.orderBy(asc(organisationContacts.sortOrder), asc(organisationContacts.name));
	const members = await db
		.select({ name: organisationMembers.name, birthYear: organisationMembers.birthYear })
		.from(organisationMembers)
		.where(eq(organisationMembers.organisationId, organisationId))
		.orderBy(asc(organisationMembers.name));
	return {
		description: row.description,
		descriptionEn: row.descriptionEn,
		address: row.address,
		email: row.email,
		phone: row.phone,
		website: row.website,
		socialLinks: row.socialLinks,
		areas: row.areas,
		targetGroups: row.targetGroups,
		memberCount: row.memberCount,
		youngMemberCount: row.youngMemberCount,
		publicFields: row.publicFields,
		contacts,
		members
	};
}

/** Writes the "after" side of field changes to the organisation, its contacts and its members. */
export async function applyProfileChanges(
	tx: Database,
	officeId: string,
	organisationId: string,
	changes: readonly FieldChange[]
): Promise<void> {
	const columns: Partial<typeof organisations.$inferInsert> = {};
	for (const change of changes) {
		switch (change.field) {
			case 'contacts': {
				const contacts = change.after as ContactSnapshot[];
				await tx.delete(organisationContacts).where(eq(organisationContacts.organisationId, organisationId));
				if (contacts.length > 0)
					await tx
						.insert(organisationContacts)
						.values(contacts.map((contact, index) => ({ ...contact, officeId, organisationId, sortOrder: index })));
				break;
			}
			case 'members': {
				const members = change.after as MemberSnapshot[];
				await tx.delete(organisationMembers).where(eq(organisationMembers.organisationId, organisationId));
				if (members.length > 0)
					await tx
						.insert(organisationMembers)
						.values(members.map((member) => ({ ...member, officeId, organisationId })));
				break;
			}
			default:
				// Only the editable fields ever reach here; anything else in a stored change is ignored.
				if (PROFILE_FIELDS.includes(change.field as ProfileField))
					(columns as Record<string, unknown>)[change.field] = change.after;
		}
	}
	await tx
		.update(organisations)
		.set({ ...columns, updatedAt: new Date() })
		.where(eq(organisations.id, organisationId));
}
