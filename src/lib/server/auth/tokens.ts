import { randomBytes, createHash } from 'node:crypto';

/** A random token for a cookie or an e-mailed link (256 bits, URL-safe). */
export function createToken(): string {
	return randomBytes(32).toString('base64url');
}

/** What is stored in place of a token: its SHA-256, so the table alone cannot be replayed. */
export function hashToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}
