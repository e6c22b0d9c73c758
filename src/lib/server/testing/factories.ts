// Factories for tests: offices, people with roles, and command contexts.
import { randomBytes } from 'node:crypto';
import { memberships, offices, users, type Role } from '../db/core-schema.ts';
import type { Database } from '../db/client.ts';
import type { Actor, Context } from '../actor.ts';
import { hashPassword } from '../auth/password.ts';

export const TEST_PASSWORD = 'correct horse battery';
let passwordHash: Promise<string> | undefined;

const unique = () => randomBytes(4).toString('hex');

/** An office; the first one made in a database is the default office unless told otherwise. */
export async function createOffice(
	db: Database,
	overrides: Partial<typeof offices.$inferInsert> = {}
): Promise<typeof offices.$inferSelect> {
	const [office] = await db
		.insert(offices)
		.values({ name: `Канцеларија ${unique()}`, municipality: 'Ивањица', ...overrides })
		.returning();
	return office;
}

/** A person with the given roles in an office, returned as the actor commands receive. */
export async function createPerson(
	db: Database,
	options: { officeId: string; roles?: Role[]; email?: string; name?: string; isDemo?: boolean }
): Promise<Actor> {
	passwordHash ??= hashPassword(TEST_PASSWORD);
	const email = options.email ?? `person-${unique()}@example.test`;
	const name = options.name ?? `Особа ${unique()}`;
	const [user] = await db
		.insert(users)
		.values({ email, name, passwordHash: await passwordHash, isDemo: options.isDemo ?? false })
		.returning();
	const roles = options.roles ?? ['young_person'];
	if (roles.length > 0)
		await db.insert(memberships).values(roles.map((role) => ({ officeId: options.officeId, userId: user.id, role })));
	return { userId: user.id, name, email, roles, isDemo: user.isDemo };
}

/** The context a command receives for this actor in this office. */
export function contextOf(db: Database, officeId: string, actor: Actor | null): Context {
	return { db, officeId, actor };
}
