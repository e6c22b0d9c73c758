import { and, eq, inArray, ne } from 'drizzle-orm';
import { memberships, users, ROLES, type Role } from '../../server/db/core-schema.ts';
import type { Database } from '../../server/db/client.ts';
import { hashPassword } from '../../server/auth/password.ts';
import type { DemoAccount } from '../../server/manifest.ts';

/** The shared password of every demo account; printed in the console, never used outside the demo. */
export const DEMO_PASSWORD = 'ivanjica-demo';

const DEMO_PEOPLE: Record<Role, { name: string; email: string }> = {
	administrator: { name: 'Марко Администратор', email: 'admin@demo.kzm.test' },
	coordinator: { name: 'Јелена Петровић', email: 'koordinator@demo.kzm.test' },
	staff: { name: 'Никола Јовановић', email: 'saradnik@demo.kzm.test' },
	association_representative: { name: 'Ана Милошевић', email: 'udruzenje@demo.kzm.test' },
	council_member: { name: 'Стефан Ђорђевић', email: 'savet@demo.kzm.test' },
	young_person: { name: 'Милица Радовић', email: 'mlada@demo.kzm.test' }
};

/** One demo account per role, all with the demo password. */
export async function seedDemoAccounts(db: Database, officeId: string): Promise<DemoAccount[]> {
	const passwordHash = await hashPassword(DEMO_PASSWORD);
	const accounts: DemoAccount[] = [];
	for (const role of ROLES) {
		const person = DEMO_PEOPLE[role];
		const [user] = await db
			.insert(users)
			.values({ ...person, passwordHash, isDemo: true })
			.onConflictDoUpdate({ target: users.email, set: { isDemo: true } })
			.returning({ id: users.id });
		await db.insert(memberships).values({ officeId, userId: user.id, role }).onConflictDoNothing();
		accounts.push({ role, email: person.email, password: DEMO_PASSWORD });
	}
	return accounts;
}

/** Deletes the demo accounts of an office, except the one given. */
export async function removeDemoAccounts(db: Database, officeId: string, keepUserId: string | null): Promise<void> {
	const demoMembers = db
		.select({ userId: memberships.userId })
		.from(memberships)
		.where(eq(memberships.officeId, officeId));
	await db
		.delete(users)
		.where(
			and(eq(users.isDemo, true), inArray(users.id, demoMembers), keepUserId ? ne(users.id, keepUserId) : undefined)
		);
}
