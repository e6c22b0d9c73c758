// Private answer links: a random token in the e-mail, only its hash in the database.
import { createHash, randomBytes } from 'node:crypto';

/** A new token for an invitation's answer link. */
export function newAnswerToken(): string {
	return randomBytes(24).toString('base64url');
}

/** What is stored for a token. */
export function hashAnswerToken(token: string): string {
	return createHash('sha256').update(token).digest('base64url');
}
