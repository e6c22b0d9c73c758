import { and, eq, gt, isNull } from 'drizzle-orm';
import { memberships, sessions, users, type Role } from '../db/core-schema.ts';
import type { Database } from '../db/client.ts';
import type { Actor } from '../actor.ts';
import { createToken, hashToken } from './tokens.ts';

export const SESSION_COOKIE = 'kzm_session';
const SESSION_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Starts a session for a user and returns the token to put in the cookie. */
export async function createSession(db: Database, userId: string): Promise<{ token: string; expiresAt: Date }> {
	const token = createToken();
	const expiresAt = new Date(Date.now() + SESSION_DAYS * DAY_MS);
	await db.insert(sessions).values({ id: hashToken(token), userId, expiresAt });
	return { token, expiresAt };
}

/** Loads the roles a user holds in one office. */
export async function loadRoles(db: Database, userId: string, officeId: string): Promise<Role[]> {
	const rows = await db
		.select({ role: memberships.role })
		.from(memberships)
		.where(and(eq(memberships.userId, userId), eq(memberships.officeId, officeId)));
	return rows.map((row) => row.role);
}

/**
 * Resolves a session cookie to the actor in the given office, or null when the session is unknown,
 * expired or the account is disabled. Sessions in their second half are extended (sliding expiry).
 */
export async function validateSession(
	db: Database,
	token: string,
	officeId: string
): Promise<{ actor: Actor; expiresAt: Date } | null> {
	const id = hashToken(token);
	const [row] = await db
		.select({
			userId: users.id,
			name: users.name,
			email: users.email,
			isDemo: users.isDemo,
			expiresAt: sessions.expiresAt
		})
		.from(sessions)
		.innerJoin(users, eq(users.id, sessions.userId))
		.where(and(eq(sessions.id, id), gt(sessions.expiresAt, new Date()), isNull(users.disabledAt)));
	if (!row) return null;
	let expiresAt = row.expiresAt;
	if (expiresAt.getTime() - Date.now() < (SESSION_DAYS / 2) * DAY_MS) {
		expiresAt = new Date(Date.now() + SESSION_DAYS * DAY_MS);
		await db.update(sessions).set({ expiresAt }).where(eq(sessions.id, id));
	}
	const roles = await loadRoles(db, row.userId, officeId);
	return {
		actor: { userId: row.userId, name: row.name, email: row.email, isDemo: row.isDemo, roles },
		expiresAt
	};
}

/** Ends one session (sign-out). */
export async function deleteSession(db: Database, token: string): Promise<void> {
	await db.delete(sessions).where(eq(sessions.id, hashToken(token)));
}

/** Ends every session of a user (password changed or reset, account disabled). */
export async function deleteUserSessions(db: Database, userId: string): Promise<void> {
	await db.delete(sessions).where(eq(sessions.userId, userId));
}
