import { and, eq, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import { users } from '../../server/db/core-schema.ts';
import type { DataSubject, PersonalDataHooks } from '../../server/manifest.ts';
import { searchKey } from '../../i18n/script.ts';
import { containsAny, plainRecord, replaceAll, subjectIdentifiers, subjectKeys } from '../../server/personal-data.ts';
import {
	organisationChanges,
	organisationConfirmations,
	organisationContactLog,
	organisationContacts,
	organisationImports,
	organisationMembers,
	organisationRepresentatives,
	organisations
} from './schema.ts';

function contactsOf(officeId: string, email: string | null, phone: string | null): SQL {
	const matches: SQL[] = [];
	if (email) matches.push(eq(organisationContacts.email, email));
	if (phone) matches.push(eq(organisationContacts.phone, phone));
	return and(eq(organisationContacts.officeId, officeId), matches.length ? or(...matches) : sql`false`)!;
}

/**
 * Members of informal groups listed under the person's name. A member is known only by name and year
 * of birth, so the name is matched in either script, any case and without diacritics: a representative
 * may have typed 'Jelena Petrović' for the account 'Јелена Петровић'. The names are the account's
 * name (for an export) and every name the person gave anywhere (gathered before an erasure).
 */
async function membersNamed(db: Database, subject: DataSubject) {
	const names = new Set((subject.knownAs ?? []).filter((value) => !value.includes('@')));
	if (subject.userId) {
		const [user] = await db.select({ name: users.name }).from(users).where(eq(users.id, subject.userId));
		if (user?.name) names.add(user.name);
	}
	const keys = new Set([...names].map(searchKey).filter((key) => key.length >= 3));
	if (keys.size === 0) return [];
	const members = await db
		.select({
			id: organisationMembers.id,
			organisation: organisations.name,
			name: organisationMembers.name,
			birthYear: organisationMembers.birthYear
		})
		.from(organisationMembers)
		.innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
		.where(eq(organisationMembers.officeId, subject.officeId));
	return members.filter((member) => keys.has(searchKey(member.name)));
}

/**
 * Organisations the person represents or is a contact of, and listings they asked for. Erasure ends
 * their claims, removes them as a contact and blanks their address wherever an organisation used it;
 * the organisations themselves stay (they are not the person's data).
 */
export const organisationsPersonalData: PersonalDataHooks = {
	export: async (db, subject) => {
		const { email, phone } = subjectKeys(subject);
		const represented = subject.userId
			? await db
					.select({
						organisation: organisations.name,
						status: organisationRepresentatives.status,
						message: organisationRepresentatives.message,
						requestedAt: organisationRepresentatives.requestedAt,
						decidedAt: organisationRepresentatives.decidedAt
					})
					.from(organisationRepresentatives)
					.innerJoin(organisations, eq(organisations.id, organisationRepresentatives.organisationId))
					.where(
						and(
							eq(organisationRepresentatives.officeId, subject.officeId),
							eq(organisationRepresentatives.userId, subject.userId)
						)
					)
			: [];
		const contacts = await db
			.select({
				organisation: organisations.name,
				name: organisationContacts.name,
				role: organisationContacts.role,
				email: organisationContacts.email,
				phone: organisationContacts.phone,
				isPublic: organisationContacts.isPublic
			})
			.from(organisationContacts)
			.innerJoin(organisations, eq(organisations.id, organisationContacts.organisationId))
			.where(contactsOf(subject.officeId, email, phone));
		const requested = email
			? await db
					.select({ organisation: organisations.name, requestedByEmail: organisations.requestedByEmail })
					.from(organisations)
					.where(and(eq(organisations.officeId, subject.officeId), eq(organisations.requestedByEmail, email)))
			: [];
		const members = (await membersNamed(db, subject)).map(({ organisation, name, birthYear }) => ({
			organisation,
			name,
			birthYear
		}));
		return [
			...(members.length
				? [{ titleKey: 'organisations.personalData.members', records: members.map(plainRecord) }]
				: []),
			...(represented.length
				? [{ titleKey: 'organisations.personalData.represented', records: represented.map(plainRecord) }]
				: []),
			...(contacts.length
				? [{ titleKey: 'organisations.personalData.contacts', records: contacts.map(plainRecord) }]
				: []),
			...(requested.length
				? [{ titleKey: 'organisations.personalData.requested', records: requested.map(plainRecord) }]
				: [])
		];
	},
	erase: async (db, subject) => {
		const { email, phone } = subjectKeys(subject);
		const identifiers = subjectIdentifiers(subject);
		const office = subject.officeId;
		let changed = 0;
		if (subject.userId) {
			changed += (
				await db
					.delete(organisationRepresentatives)
					.where(
						and(
							eq(organisationRepresentatives.officeId, office),
							eq(organisationRepresentatives.userId, subject.userId)
						)
					)
					.returning({ id: organisationRepresentatives.userId })
			).length;
		}
		changed += (
			await db
				.delete(organisationContacts)
				.where(contactsOf(office, email, phone))
				.returning({ id: organisationContacts.id })
		).length;
		if (email) {
			changed += (
				await db
					.update(organisations)
					.set({ requestedByEmail: null })
					.where(and(eq(organisations.officeId, office), eq(organisations.requestedByEmail, email)))
					.returning({ id: organisations.id })
			).length;
			changed += (
				await db
					.update(organisations)
					.set({ email: '' })
					.where(and(eq(organisations.officeId, office), eq(organisations.email, email)))
					.returning({ id: organisations.id })
			).length;
			changed += (
				await db
					.update(organisationConfirmations)
					.set({ sentTo: '' })
					.where(and(eq(organisationConfirmations.officeId, office), eq(organisationConfirmations.sentTo, email)))
					.returning({ id: organisationConfirmations.id })
			).length;
		}
		if (phone) {
			changed += (
				await db
					.update(organisations)
					.set({ phone: '' })
					.where(and(eq(organisations.officeId, office), eq(organisations.phone, phone)))
					.returning({ id: organisations.id })
			).length;
		}
		// Listed as a member of an informal group: the name goes, the year of birth stays for the group's
		// age profile (an aggregate).
		for (const member of await membersNamed(db, subject)) {
			await db.update(organisationMembers).set({ name: '—' }).where(eq(organisationMembers.id, member.id));
			changed += 1;
		}
		// Free text that may quote the person: the change history, the contact log and import files.
		changed += (
			await db
				.update(organisationChanges)
				.set({ changes: sql`${replaceAll(organisationChanges.changes, identifiers)}::jsonb` })
				.where(and(eq(organisationChanges.officeId, office), containsAny(organisationChanges.changes, identifiers)))
				.returning({ id: organisationChanges.id })
		).length;
		changed += (
			await db
				.update(organisationContactLog)
				.set({
					subject: replaceAll(organisationContactLog.subject, identifiers),
					notes: replaceAll(organisationContactLog.notes, identifiers)
				})
				.where(
					and(
						eq(organisationContactLog.officeId, office),
						or(
							containsAny(organisationContactLog.subject, identifiers),
							containsAny(organisationContactLog.notes, identifiers)
						)
					)
				)
				.returning({ id: organisationContactLog.id })
		).length;
		changed += (
			await db
				.update(organisationImports)
				.set({ rows: sql`${replaceAll(organisationImports.rows, identifiers)}::jsonb` })
				.where(and(eq(organisationImports.officeId, office), containsAny(organisationImports.rows, identifiers)))
				.returning({ id: organisationImports.id })
		).length;
		return changed;
	},
	retain: async (db, { officeId, periods, now }) => {
		if (periods.importFiles <= 0) return 0;
		const cutoff = new Date(now.getTime() - periods.importFiles * 86_400_000);
		const deleted = await db
			.delete(organisationImports)
			.where(and(eq(organisationImports.officeId, officeId), lt(organisationImports.createdAt, cutoff)))
			.returning({ id: organisationImports.id });
		return deleted.length;
	}
};
