import { and, eq, isNotNull, lt, or, sql } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import type { DataSubject, PersonalDataHooks } from '../../server/manifest.ts';
import { accountLinks, memberships, rateLimitCounters, users } from '../../server/db/core-schema.ts';
import { containsAny, plainRecord, subjectKeys } from '../../server/personal-data.ts';

/** The accounts that are this person: by id, or by the e-mail they signed up with. */
function accountOf(subject: DataSubject) {
	const { email } = subjectKeys(subject);
	const byId = subject.userId ? eq(users.id, subject.userId) : undefined;
	const byEmail = email ? eq(users.email, email) : undefined;
	return byId && byEmail ? or(byId, byEmail) : (byId ?? byEmail ?? sql`false`);
}

/** The person's account and roles in this office; erasure deletes the account (sessions, roles and tokens go with it). */
export const accountsPersonalData: PersonalDataHooks = {
	export: async (db: Database, subject: DataSubject) => {
		const accounts = await db
			.select({
				id: users.id,
				name: users.name,
				email: users.email,
				locale: users.locale,
				createdAt: users.createdAt,
				disabledAt: users.disabledAt,
				// Kept only with consent (issue 13.15); deleted with the account on erasure.
				birthYear: users.birthYear,
				gender: users.gender,
				place: users.place,
				consentAt: users.profileConsentAt
			})
			.from(users)
			.where(accountOf(subject));
		if (accounts.length === 0) return [];
		const roles = await db
			.select({ role: memberships.role, since: memberships.createdAt })
			.from(memberships)
			.innerJoin(users, eq(users.id, memberships.userId))
			.where(and(eq(memberships.officeId, subject.officeId), accountOf(subject)));
		return [
			{ titleKey: 'accounts.personalData.account', records: accounts.map(plainRecord) },
			...(roles.length > 0 ? [{ titleKey: 'accounts.personalData.roles', records: roles.map(plainRecord) }] : [])
		];
	},
	erase: async (db: Database, subject: DataSubject) => {
		const { email } = subjectKeys(subject);
		// Rate-limit counters are keyed by e-mail for sign-in and password reset.
		const counters = email
			? await db
					.delete(rateLimitCounters)
					.where(containsAny(rateLimitCounters.key, [email]))
					.returning({ key: rateLimitCounters.key })
			: [];
		// Sign-ups waiting for confirmation and e-mailed links hold the address (and a sign-up's name).
		const links = email
			? await db.delete(accountLinks).where(eq(accountLinks.email, email)).returning({ id: accountLinks.id })
			: [];
		const deleted = await db.delete(users).where(accountOf(subject)).returning({ id: users.id });
		return deleted.length + counters.length + links.length;
	},
	// A link that expired or was used is of no further use: gone a day later, whatever the periods.
	retain: async (db, { officeId, now }) => {
		const dayAgo = new Date(now.getTime() - 86_400_000);
		const deleted = await db
			.delete(accountLinks)
			.where(
				and(
					eq(accountLinks.officeId, officeId),
					or(lt(accountLinks.expiresAt, dayAgo), and(isNotNull(accountLinks.usedAt), lt(accountLinks.usedAt, dayAgo)))
				)
			)
			.returning({ id: accountLinks.id });
		return deleted.length;
	}
};
