// The private link a registrant receives is the only key to their registration: no account needed.
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import { createToken, hashToken } from '../../server/auth/tokens.ts';
import { registrations } from './schema.ts';

export type RegistrationRow = typeof registrations.$inferSelect;

/** A new private-link token and the hash stored in its place. */
export function newAccessToken(): { token: string; hash: string } {
	const token = createToken();
	return { token, hash: hashToken(token) };
}

/**
 * The registration a private-link token opens in this office, or null. CONTRACT: used by the
 * registrations pages and by attendance (feedback, certificate) under /registrations/[token].
 */
export async function findRegistrationByToken(
	db: Database,
	officeId: string,
	token: string
): Promise<RegistrationRow | null> {
	if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
	const [row] = await db
		.select()
		.from(registrations)
		.where(and(eq(registrations.officeId, officeId), eq(registrations.accessTokenHash, hashToken(token))));
	return row ?? null;
}
