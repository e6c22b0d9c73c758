// Response headers every page and file carries (issue 14.7), and the Secure flag of cookies (14.3).
import { createHash } from 'node:crypto';
import type { Cookies } from '@sveltejs/kit';
import { isHttpsSite } from './links.ts';

/**
 * Whether cookies are marked Secure: when the office has a public URL, its scheme decides; otherwise
 * the request's scheme (set from ORIGIN, or from the proxy's header when PROTOCOL_HEADER is set).
 * A Secure cookie on a plain-http site is dropped by the browser, and a survey would never advance.
 */
export function useSecureCookies(office: { publicUrl?: string | null } | null | undefined, url: URL): boolean {
	return office?.publicUrl ? isHttpsSite(office) : url.protocol === 'https:';
}

/**
 * Decides the Secure flag once for every cookie any route sets or deletes in this request. The
 * request's cookies object is read-only on the event, so its methods are wrapped in place.
 */
export function applySecureFlag(cookies: Cookies, secure: boolean): void {
	const set = cookies.set.bind(cookies);
	const remove = cookies.delete.bind(cookies);
	const serialize = cookies.serialize.bind(cookies);
	cookies.set = (name, value, options) => set(name, value, { ...options, secure });
	cookies.delete = (name, options) => remove(name, { ...options, secure });
	cookies.serialize = (name, value, options) => serialize(name, value, { ...options, secure });
}

/**
 * Content-Security-Policy of the public portal: it ships no JavaScript bundle (decision 0003), so no
 * script runs there but the page's own small inline scripts (the survey keeping typed answers on
 * the device), each allowed by its SHA-256 hash; whatever a stored text might carry cannot run.
 * The back-office and account pages get SvelteKit's policy instead (vite.config.ts), by nonce.
 */
export function publicCsp(scriptHashes: readonly string[] = []): string {
	const scripts = scriptHashes.length > 0 ? scriptHashes.map((hash) => `'sha256-${hash}'`).join(' ') : "'none'";
	return [
		"default-src 'self'",
		`script-src ${scripts}`,
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data: blob:",
		"font-src 'self'",
		"connect-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		"frame-ancestors 'none'"
	].join('; ');
}

export const PUBLIC_CSP = publicCsp();

const INLINE_SCRIPT = /<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi;

/** Hashes of the executable inline scripts in a chunk of HTML (JSON-LD and other data blocks skipped). */
export function inlineScriptHashes(html: string): string[] {
	const hashes: string[] = [];
	for (const [, attributes = '', body] of html.matchAll(INLINE_SCRIPT)) {
		if (/\ssrc=/i.test(attributes) || /type=["']?application\/(ld\+)?json/i.test(attributes)) continue;
		hashes.push(createHash('sha256').update(body, 'utf8').digest('base64'));
	}
	return hashes;
}

/** Powerful browser features nobody's page needs; the camera only on our own pages (check-in scanner). */
export const PERMISSIONS_POLICY =
	'camera=(self), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), midi=(), interest-cohort=()';

/** Areas whose pages run scripts (the rest of the site is the script-free public portal). */
function runsScripts(route: string): boolean {
	return ['/admin', '/account'].some((prefix) => route === prefix || route.startsWith(`${prefix}/`));
}

/** The headers added to a response: always the basic ones, CSP and charset on HTML, HSTS on https. */
export function securityHeaders(options: {
	route: string;
	https: boolean;
	response: Response;
	/** Hashes of the page's own inline scripts (inlineScriptHashes). */
	scriptHashes?: readonly string[];
}): [string, string][] {
	const headers: [string, string][] = [
		['x-content-type-options', 'nosniff'],
		['referrer-policy', 'strict-origin-when-cross-origin'],
		['x-frame-options', 'DENY'],
		['permissions-policy', PERMISSIONS_POLICY]
	];
	if (options.https) headers.push(['strict-transport-security', 'max-age=31536000; includeSubDomains']);
	const type = options.response.headers.get('content-type') ?? '';
	if (type.startsWith('text/html')) {
		if (!/charset=/i.test(type)) headers.push(['content-type', 'text/html; charset=utf-8']);
		if (!runsScripts(options.route)) headers.push(['content-security-policy', publicCsp(options.scriptHashes)]);
	}
	return headers;
}
