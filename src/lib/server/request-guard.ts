// Hostile input is answered with a 4xx before any route runs (issue 14.4): every route then sees
// only well-formed addresses, ids and form bodies, and no route can forget a check.
import type { RequestEvent } from '@sveltejs/kit';
import { isUuid } from './ids.ts';

/** Why a request was refused: its status and the message key of the error page. */
export interface Refusal {
	status: 400 | 404 | 413 | 415;
	messageKey: string;
}

const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'];
/** Names that would reach an object's prototype when a form is turned into an object. */
const PROTOTYPE_NAMES = new Set(['__proto__', 'constructor', 'prototype']);
const NUL = '\u0000';

const badRequest: Refusal = { status: 400, messageKey: 'error.400.text' };
const notFound: Refusal = { status: 404, messageKey: 'error.404.text' };

/** Route parameters that name a record by id: `id` and any `…Id` (questionId, focusGroupId …). */
function isIdParameter(name: string): boolean {
	return name === 'id' || name.endsWith('Id');
}

/** Whether a path cannot be decoded (a stray or broken percent escape). */
export function isMalformedPath(pathname: string): boolean {
	try {
		// The result is used: the bundler drops a call it thinks has no effect, and with it the throw.
		return typeof decodeURIComponent(pathname) !== 'string';
	} catch {
		return true;
	}
}

/** Checks the address: decodable, no NUL byte, and every record id in the route a UUID. */
export function checkAddress(event: Pick<RequestEvent, 'url' | 'params'>): Refusal | null {
	let path: string;
	try {
		path = decodeURIComponent(event.url.pathname);
	} catch {
		return badRequest;
	}
	if (path.includes(NUL)) return badRequest;
	for (const [name, value] of event.url.searchParams) {
		if (name.includes(NUL) || value.includes(NUL)) return badRequest;
	}
	for (const [name, value] of Object.entries(event.params)) {
		if (value === undefined) continue;
		if (value.includes(NUL)) return badRequest;
		// 'new' is the one word an id parameter takes besides a UUID (the plan item form: items/goal/new).
		if (isIdParameter(name) && !isUuid(value) && value !== 'new') return notFound;
	}
	return null;
}

/**
 * Checks a body sent to a form action or endpoint: every body this platform accepts is a form, so
 * anything else is refused, and so are forms that cannot be parsed, carry a NUL byte or a field
 * named after an object's prototype. The body is read from a copy; the route reads the original.
 */
export async function checkBody(request: Request): Promise<Refusal | null> {
	if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return null;
	const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
	if (!FORM_TYPES.includes(type)) {
		// A bodyless POST (a button posting nothing) is fine; a body of another kind is not.
		const length = request.headers.get('content-length');
		if (type === '' && (length === null || length === '0') && !request.headers.has('transfer-encoding')) return null;
		return { status: 415, messageKey: 'error.400.text' };
	}
	let form: FormData;
	try {
		form = await request.clone().formData();
	} catch {
		return badRequest;
	}
	for (const [name, value] of form) {
		if (name.includes(NUL) || PROTOTYPE_NAMES.has(name)) return badRequest;
		if (typeof value === 'string' ? value.includes(NUL) : value.name.includes(NUL)) return badRequest;
	}
	return null;
}

/** A page number from `?page=`: a whole number from 1 up, anything else (1e309, -3, abc) is page 1. */
export function pageParameter(url: URL, name = 'page'): number {
	const raw = url.searchParams.get(name) ?? '';
	if (!/^\d{1,6}$/.test(raw)) return 1;
	return Math.max(1, Number(raw));
}
