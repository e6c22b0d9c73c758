// The page cache's fast path (issue 20, decision 0042): a stored page answered straight from Node's
// request, before SvelteKit builds a Request, runs the hook and streams a Response back. What it
// answers is exactly what the hook would answer from the cache (decision 0026): it only looks up pages
// the hook stored, with the same key, the same snapshot check and the same rules for who may share
// them; anything else — and any request it is unsure of — goes on to SvelteKit unchanged.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Database } from './db/client.ts';
import { chooseEncoding, type Encoding } from './compression.ts';
import { currentSnapshot, hasOnlySharedCookies, localSnapshot, pageCache, pageCacheKey } from './page-cache.ts';
import { DEFAULT_LOCALE, localeFromPath } from '../i18n/locale.ts';

/** What scripts/serve.js calls for each request: true when answered, false to hand it to SvelteKit. */
export type FastPath = (
	req: IncomingMessage,
	res: ServerResponse,
	baseline: Record<string, string>
) => boolean | Promise<boolean>;

const FAST_PATH = Symbol.for('kzm.pageCache.fastPath');

/** Makes the fast path available to the server entry (scripts/serve.js), which has no access to the bundle. */
export function registerFastPath(db: Database): void {
	(globalThis as Record<symbol, unknown>)[FAST_PATH] = ((req, res, baseline) =>
		answerFromCache(db, req, res, baseline)) satisfies FastPath;
}

const encodings = new Map<string, Encoding | null>();

/** chooseEncoding, remembered per Accept-Encoding text (browsers send a handful of different ones). */
function encodingFor(acceptEncoding: string | undefined): Encoding | null {
	if (!acceptEncoding) return null;
	let encoding = encodings.get(acceptEncoding);
	if (encoding === undefined) {
		encoding = chooseEncoding(acceptEncoding);
		if (encodings.size > 200) encodings.clear();
		encodings.set(acceptEncoding, encoding);
	}
	return encoding;
}

/** One header's single value (a repeated header is refused: adapter-node would refuse it too). */
function single(value: string | string[] | undefined): string | undefined | null {
	if (Array.isArray(value)) return value.length === 1 ? value[0] : null;
	return value;
}

/**
 * The origin the request's URL gets, as adapter-node works it out (PROTOCOL_HEADER, HOST_HEADER; https
 * by default); null when unsure (a port header, a repeated header), so that SvelteKit answers.
 */
function originOf(req: IncomingMessage): string | null {
	if (process.env.PORT_HEADER) return null;
	const protocolHeader = (process.env.PROTOCOL_HEADER ?? '').toLowerCase();
	const hostHeader = (process.env.HOST_HEADER ?? '').toLowerCase();
	const protocol = (protocolHeader ? single(req.headers[protocolHeader]) : undefined) || 'https';
	const host = (hostHeader ? single(req.headers[hostHeader]) : undefined) || single(req.headers.host);
	if (protocol === null || !host || protocol.includes(':') || protocol.includes('%')) return null;
	return `${protocol}://${host}`;
}

/**
 * Whether the request is one the hook would answer from the cache as it is: a GET without credentials,
 * sharing by the hook's cookie rule (`hasOnlySharedCookies`), and with a language choice that makes the
 * hook neither redirect (another language remembered on a page in the default one) nor set the cookie (a
 * page in another language asked for without it): for a page, the choice must be this page's language,
 * or none on a page in the default language; SvelteKit answers the rest.
 */
function mayShare(req: IncomingMessage, path: string): boolean {
	if (req.method !== 'GET' || req.headers.authorization !== undefined) return false;
	const locale = localeFromPath(path);
	const languages = locale === DEFAULT_LOCALE || !acceptsHtml(req) ? [null, locale] : [locale];
	return hasOnlySharedCookies(req.headers.cookie, languages);
}

function acceptsHtml(req: IncomingMessage): boolean {
	return (single(req.headers.accept) ?? '').includes('text/html');
}

function write(res: ServerResponse, answer: { status: number; headers: string[]; body: Uint8Array } | null): boolean {
	if (!answer) return false;
	res.writeHead(answer.status, answer.headers);
	res.end(answer.body);
	return true;
}

/** Answers a request from a stored page when the hook would, else returns false and writes nothing. */
export function answerFromCache(
	db: Database,
	req: IncomingMessage,
	res: ServerResponse,
	baseline: Record<string, string>
): boolean | Promise<boolean> {
	const cache = pageCache();
	if (!cache.settings.enabled || cache.size === 0 || req.method !== 'GET') return false;
	const origin = originOf(req);
	if (!origin || !req.url || !req.url.startsWith('/')) return false;
	let url: URL;
	try {
		url = new URL(req.url, origin);
	} catch {
		return false;
	}
	if (!mayShare(req, url.pathname)) return false;
	const key = pageCacheKey(url, acceptsHtml(req) ? 'html' : 'other');
	if (!cache.has(key)) return false;
	const asked = {
		ifNoneMatch: single(req.headers['if-none-match']),
		encoding: encodingFor(single(req.headers['accept-encoding']) ?? undefined)
	};
	const respond = (snapshot: string) => write(res, cache.wire(key, snapshot, Date.now(), asked, baseline));
	// PGlite counts its own writes: no query, so a stored page never waits behind a render's queries.
	const local = localSnapshot(db);
	if (local !== null) return respond(local);
	return currentSnapshot(db).then(respond, () => false);
}
