import type { Cookies } from '@sveltejs/kit';
import { SESSION_COOKIE } from './sessions.ts';

/** Puts a session token in an HTTP-only cookie (Secure whenever the site is served over https). */
export function setSessionCookie(cookies: Cookies, url: URL, session: { token: string; expiresAt: Date }): void {
	cookies.set(SESSION_COOKIE, session.token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		expires: session.expiresAt
	});
}

/** Removes the session cookie. */
export function clearSessionCookie(cookies: Cookies): void {
	cookies.delete(SESSION_COOKIE, { path: '/' });
}

/** A `next` parameter is followed only to a path on this site, never to another host. */
export function safeNextPath(next: string | null | undefined, fallback: string): string {
	if (!next || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return fallback;
	// Browsers drop tabs and newlines from URLs, so "/\t/evil.example" would become "//evil.example".
	const hasControlCharacter = [...next].some(
		(character) => character.charCodeAt(0) < 0x20 || character.charCodeAt(0) === 0x7f
	);
	if (hasControlCharacter) return fallback;
	// Percent-encoded, so a path with Cyrillic or other non-ASCII text can go into a Location header.
	const base = 'http://kzm.invalid';
	const parsed = new URL(next, base);
	return parsed.origin === base ? parsed.pathname + parsed.search + parsed.hash : fallback;
}
