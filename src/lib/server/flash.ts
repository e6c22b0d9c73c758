import type { Cookies } from '@sveltejs/kit';

const FLASH_COOKIE = 'kzm_flash';

/** Leaves a one-time message (a message key) for the page a redirect leads to. */
export function setFlash(cookies: Cookies, messageKey: string): void {
	cookies.set(FLASH_COOKIE, messageKey, { path: '/', httpOnly: true, sameSite: 'lax', maxAge: 60 });
}

/** Reads and clears the one-time message, if any. */
export function takeFlash(cookies: Cookies): string | null {
	const value = cookies.get(FLASH_COOKIE);
	if (!value) return null;
	cookies.delete(FLASH_COOKIE, { path: '/' });
	// Only message keys travel this way; anything else is ignored rather than shown.
	return /^[\w.-]+$/.test(value) ? value : null;
}
