// HTTP answers of the open data: JSON with ETag and CORS, JSON errors, the rate limit (decision 0025).
import { createHash } from 'node:crypto';
import type { Database } from '../../server/db/client.ts';
import { consumeRateLimit, type RateLimitRule } from '../../server/rate-limit.ts';
import { AppError } from '../../server/errors.ts';

/** Anyone's page may read the public data from a browser: GET only, no cookies. */
export const CORS_HEADERS: Record<string, string> = {
	'access-control-allow-origin': '*',
	'access-control-allow-methods': 'GET, HEAD, OPTIONS',
	'access-control-allow-headers': 'If-None-Match',
	'access-control-expose-headers': 'ETag, Link',
	'access-control-max-age': '86400'
};

/** Requests per address per minute, shared with every instance through the rate-limit table. */
export const API_RATE_LIMIT: RateLimitRule = { limit: 300, windowSeconds: 60 };

export type ApiErrorCode = 'bad_request' | 'not_found' | 'rate_limited' | 'method_not_allowed';

/** A strong validator of the exact bytes sent. */
export function etagOf(body: string | Uint8Array): string {
	return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/** Whether an If-None-Match header names this ETag (a list, weak forms and * included). */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
	if (!ifNoneMatch) return false;
	if (ifNoneMatch.trim() === '*') return true;
	const bare = etag.replace(/^W\//, '');
	return ifNoneMatch.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === bare);
}

/** A body with its ETag, or 304 without a body when the client already holds it. */
export function cachedResponse(
	request: { headers: Headers },
	body: string,
	contentType: string,
	extraHeaders: Record<string, string> = {}
): Response {
	const etag = etagOf(body);
	const headers = {
		...CORS_HEADERS,
		etag,
		'cache-control': 'public, max-age=300',
		vary: 'Accept-Encoding',
		...extraHeaders
	};
	if (matchesEtag(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });
	return new Response(body, { status: 200, headers: { ...headers, 'content-type': contentType } });
}

/** A JSON answer with ETag and CORS. */
export function jsonResponse(request: { headers: Headers }, value: unknown, extraHeaders?: Record<string, string>) {
	return cachedResponse(request, JSON.stringify(value), 'application/json; charset=utf-8', extraHeaders);
}

/** A JSON error body (never an HTML page), with CORS so a browser script can read it. */
export function apiError(
	status: number,
	code: ApiErrorCode,
	message: string,
	extraHeaders: Record<string, string> = {}
): Response {
	return new Response(JSON.stringify({ error: { status, code, message } }), {
		status,
		headers: {
			...CORS_HEADERS,
			'content-type': 'application/json; charset=utf-8',
			'cache-control': 'no-store',
			...extraHeaders
		}
	});
}

/** The answer to a CORS preflight. */
export function preflightResponse(): Response {
	return new Response(null, { status: 204, headers: CORS_HEADERS });
}

/** Counts the request against the address's limit; a 429 answer once it is passed, else null. */
export async function limitRequest(
	db: Database,
	clientAddress: string,
	rule: RateLimitRule = API_RATE_LIMIT
): Promise<Response | null> {
	try {
		await consumeRateLimit(db, `open-data:${clientAddress}`, rule);
		return null;
	} catch (error) {
		if (error instanceof AppError && error.code === 'rate_limited') {
			return apiError(429, 'rate_limited', 'Too many requests from this address; try again in a minute.', {
				'retry-after': String(rule.windowSeconds)
			});
		}
		throw error;
	}
}
