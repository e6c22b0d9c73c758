// Absolute links that leave the site (e-mail, printed codes, feeds sent elsewhere) are built here only.
import { localizePath, type Locale } from '../i18n/locale.ts';

/** Used only when neither the office nor the server has an address (a misconfigured install). */
const LAST_RESORT = 'http://localhost:3000';

/**
 * The address of an office's portal, from configuration only: the office's public URL, then the
 * server's ORIGIN. Never a request's Host header, which anyone can forge (issue 14.2): a link in an
 * e-mail built from it would send the reader, and their private token, to a stranger's site.
 */
export function publicBaseUrl(
	office: { publicUrl?: string | null } | null | undefined,
	env: Record<string, string | undefined> = process.env
): string {
	const configured = office?.publicUrl || env.ORIGIN || LAST_RESORT;
	return configured.replace(/\/+$/, '');
}

/** An absolute link to a path of the office's portal, in the reader's locale. */
export function publicLink(
	office: { publicUrl?: string | null } | null | undefined,
	path: string,
	locale?: Locale
): string {
	return publicBaseUrl(office) + (locale ? localizePath(path, locale) : path);
}

/** Whether the office's portal is served over https (cookies' Secure flag, HSTS). */
export function isHttpsSite(
	office: { publicUrl?: string | null } | null | undefined,
	env: Record<string, string | undefined> = process.env
): boolean {
	const configured = office?.publicUrl || env.ORIGIN;
	return configured ? configured.startsWith('https:') : false;
}
