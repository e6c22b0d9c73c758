import { error, redirect } from '@sveltejs/kit';
import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit/hooks';
import { getRuntime, stopRuntime } from '#lib/server/runtime.ts';
import { resolveOffice } from '#lib/server/office.ts';
import { SESSION_COOKIE, validateSession } from '#lib/server/auth/sessions.ts';
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE } from '#lib/server/locale-cookie.ts';
import { canAccessAdmin } from '#lib/server/actor.ts';
import { isLocale, localeFromPath, localizePath, stripLocale, DEFAULT_LOCALE } from '#lib/i18n/locale.ts';
import { checkAddress, checkBody, isMalformedPath } from '#lib/server/request-guard.ts';
import {
	applySecureFlag,
	inlineScriptHashes,
	securityHeaders,
	useSecureCookies
} from '#lib/server/security-headers.ts';
import { compressResponse } from '#lib/server/compression.ts';
import {
	earliestOf,
	isAnonymousRequest,
	isCacheableRoute,
	nextChangeAt,
	pageCache,
	pageCacheKey
} from '#lib/server/page-cache.ts';
import { registerFastPath } from '#lib/server/page-cache-fast.ts';
import { nextPublicChange } from '#lib/modules/registry.server.ts';

export const init: ServerInit = async () => {
	const runtime = await getRuntime();
	// scripts/serve.js answers stored pages before SvelteKit runs (decision 0042).
	registerFastPath(runtime.db);
	// adapter-node emits this after the HTTP server has closed; without it PGlite keeps the process alive.
	process.once('sveltekit:shutdown' as 'exit', () => void stopRuntime());
};

/** Paths that work before the first-run setup and without an office. */
const SETUP_PATHS = ['/setup', '/health'];

function isPageRequest(request: Request): boolean {
	return request.method === 'GET' && (request.headers.get('accept') ?? '').includes('text/html');
}

export const handle: Handle = async ({ event, resolve }) => {
	const runtime = await getRuntime();
	const { url } = event;
	if (isMalformedPath(url.pathname)) {
		// SvelteKit answers 400 itself; anything thrown from this hook for such a path would escape its
		// error handling and end the process, so nothing else runs here.
		event.locals.locale = DEFAULT_LOCALE;
		event.locals.office = null;
		event.locals.actor = null;
		return resolve(event);
	}
	// Hostile addresses and bodies get a 4xx here, before any route runs (issue 14.4).
	const refusal = checkAddress(event) ?? (await checkBody(event.request));
	if (refusal) error(refusal.status, refusal.messageKey);
	const locale = localeFromPath(url.pathname);
	const route = stripLocale(url.pathname);
	event.locals.locale = locale;
	const office = await resolveOffice(runtime.db, url.host);
	// Cookies are Secure exactly when the site is served over https (the public URL's scheme, or the
	// request's as set from ORIGIN or the proxy's header): a Secure cookie on plain http is dropped.
	const secureCookies = useSecureCookies(office, url);
	const { cookies } = event;
	applySecureFlag(cookies, secureCookies);

	// Remember the reader's language: an unprefixed (Cyrillic) page asked for by someone who chose
	// Latin or English earlier goes to their version; an explicit prefix updates the choice.
	const remembered = cookies.get(LOCALE_COOKIE);
	let setsCookie = false;
	if (isPageRequest(event.request) && !route.startsWith('/lang/')) {
		if (locale === DEFAULT_LOCALE && isLocale(remembered) && remembered !== DEFAULT_LOCALE) {
			redirect(307, localizePath(url.pathname + url.search, remembered));
		}
		if (locale !== DEFAULT_LOCALE && remembered !== locale) {
			setsCookie = true;
			cookies.set(LOCALE_COOKIE, locale, {
				path: '/',
				maxAge: LOCALE_COOKIE_MAX_AGE,
				httpOnly: false,
				sameSite: 'lax'
			});
		}
	}

	event.locals.office = office;
	event.locals.actor = null;
	if (!office) {
		if (!SETUP_PATHS.includes(route)) redirect(303, localizePath('/setup', locale));
	} else {
		const token = cookies.get(SESSION_COOKIE);
		if (token) {
			const session = await validateSession(runtime.db, token, office.id);
			if (session) event.locals.actor = session.actor;
			else cookies.delete(SESSION_COOKIE, { path: '/' });
		}
	}

	// Everything under /admin is for staff: pages, their __data.json (which may skip the layout's
	// load), form actions and endpoints. Each load checks its own permission too (requireAccess),
	// and commands check again against the specific record.
	if ((route === '/admin' || route.startsWith('/admin/')) && !canAccessAdmin(event.locals.actor)) {
		if (!event.locals.actor && isPageRequest(event.request)) {
			redirect(303, localizePath(`/sign-in?next=${encodeURIComponent(url.pathname + url.search)}`, locale));
		}
		// A signed-in person opening a page is refused by the back-office layout, which renders the
		// access-denied page in their language (an error thrown here would show only the bare fallback);
		// everything else (data requests, actions, endpoints) is refused here.
		const isPlainPage = isPageRequest(event.request) && !event.isDataRequest;
		if (!isPlainPage) error(403, 'error.403.text');
	}

	const render = async () => {
		const scriptHashes: string[] = [];
		const response = await resolve(event, {
			transformPageChunk: ({ html }) => {
				scriptHashes.push(...inlineScriptHashes(html));
				return html.replace('%kzm.lang%', locale);
			}
		});
		for (const [name, value] of securityHeaders({ route, https: secureCookies, response, scriptHashes })) {
			response.headers.set(name, value);
		}
		// Pages made for a signed-in person must not be kept by shared caches; public files that set their
		// own caching (images, the logo, feeds) keep it.
		if ((event.locals.actor || route.startsWith('/admin')) && !response.headers.has('cache-control')) {
			response.headers.set('cache-control', 'private, no-store');
		}
		return response;
	};

	// Anonymous visitors share rendered public pages (decision 0026); everyone else gets a fresh render.
	const cache = pageCache();
	if (
		cache.settings.enabled &&
		office &&
		!event.locals.actor &&
		!setsCookie &&
		!event.isDataRequest &&
		isAnonymousRequest(event.request) &&
		isCacheableRoute(route)
	) {
		const kind = isPageRequest(event.request) ? 'html' : 'other';
		const key = pageCacheKey(url, kind);
		const { response, hit } = await cache.serve(runtime.db, key, event.request, async (snapshot) => {
			// A page kept for everyone is rendered from the office as it is now, never from the few-seconds
			// copy above (another instance may have changed the settings a moment ago).
			const current = (await resolveOffice(runtime.db, url.host, { fresh: true })) ?? office;
			event.locals.office = current;
			const now = new Date();
			const scheduled = await nextChangeAt(current.id, snapshot, now, () =>
				nextPublicChange(runtime.db, current.id, now)
			);
			const response = await render();
			return { response, changesAt: earliestOf([scheduled, event.locals.contentChangesAt]) };
		});
		response.headers.set('x-kzm-cache', hit ? 'hit' : 'miss');
		return compressResponse(event.request, response);
	}
	return compressResponse(event.request, await render());
};

export const handleError: HandleServerError = ({ kind, error, event }) => {
	if (kind === 'unknown') {
		console.error(`[kzm] ${event.request.method} ${event.url.pathname}`, error);
		return { status: 500, message: 'error.500.text' };
	}
	return undefined;
};
