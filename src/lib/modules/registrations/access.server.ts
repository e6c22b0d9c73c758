// The private link a registrant receives is the only key to their registration: no account needed.
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import { createHmac, randomUUID } from 'node:crypto';
import { hashToken } from '../../server/auth/tokens.ts';
import { getSecret } from '../../server/secrets.ts';
import { registrations } from './schema.ts';

export type RegistrationRow = typeof registrations.$inferSelect;

/**
 * The private-link token of a registration: an HMAC of its id under the installation's secret. It
 * can be made again for any later e-mail (promotion, reminder, feedback) without storing it; the
 * table keeps only its SHA-256, so a leaked table opens nothing.
 */
export async function accessTokenFor(db: Database, registrationId: string): Promise<string> {
	const secret = await getSecret(db, 'registration-links');
	return createHmac('sha256', secret).update(`registration:${registrationId}`).digest('base64url');
}

/** The id, private-link token and stored hash for a registration about to be inserted. */
export async function newRegistrationAccess(db: Database): Promise<{ id: string; token: string; hash: string }> {
	const id = randomUUID();
	const token = await accessTokenFor(db, id);
	return { id, token, hash: hashToken(token) };
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
