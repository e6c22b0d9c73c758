import { error, redirect } from '@sveltejs/kit';
import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit/hooks';
import { getRuntime, stopRuntime } from '#lib/server/runtime.ts';
import { resolveOffice } from '#lib/server/office.ts';
import { SESSION_COOKIE, validateSession } from '#lib/server/auth/sessions.ts';
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE } from '#lib/server/locale-cookie.ts';
import { canAccessAdmin } from '#lib/server/actor.ts';
import { isLocale, localeFromPath, localizePath, stripLocale, DEFAULT_LOCALE } from '#lib/i18n/locale.ts';

export const init: ServerInit = async () => {
	await getRuntime();
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
	const { url, cookies } = event;
	const locale = localeFromPath(url.pathname);
	const route = stripLocale(url.pathname);
	event.locals.locale = locale;

	// Remember the reader's language: an unprefixed (Cyrillic) page asked for by someone who chose
	// Latin or English earlier goes to their version; an explicit prefix updates the choice.
	const remembered = cookies.get(LOCALE_COOKIE);
	if (isPageRequest(event.request) && !route.startsWith('/lang/')) {
		if (locale === DEFAULT_LOCALE && isLocale(remembered) && remembered !== DEFAULT_LOCALE) {
			redirect(307, localizePath(url.pathname + url.search, remembered));
		}
		if (locale !== DEFAULT_LOCALE && remembered !== locale) {
			cookies.set(LOCALE_COOKIE, locale, {
				path: '/',
				maxAge: LOCALE_COOKIE_MAX_AGE,
				httpOnly: false,
				sameSite: 'lax',
				secure: url.protocol === 'https:'
			});
		}
	}

	const office = await resolveOffice(runtime.db, url.host);
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

	// The admin layout guards pages; this guards form actions and endpoints under /admin too,
	// which layouts do not run for. Commands check again against the specific record.
	if (route.startsWith('/admin') && event.request.method !== 'GET' && !canAccessAdmin(event.locals.actor)) {
		error(403, 'error.403.text');
	}

	const response = await resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%kzm.lang%', locale)
	});
	response.headers.set('x-content-type-options', 'nosniff');
	response.headers.set('referrer-policy', 'strict-origin-when-cross-origin');
	response.headers.set('x-frame-options', 'DENY');
	// Pages made for a signed-in person must not be kept by shared caches; public files that set their
	// own caching (images, the logo, feeds) keep it.
	if ((event.locals.actor || route.startsWith('/admin')) && !response.headers.has('cache-control')) {
		response.headers.set('cache-control', 'private, no-store');
	}
	return response;
};

export const handleError: HandleServerError = ({ kind, error, event }) => {
	if (kind === 'unknown') {
		console.error(`[kzm] ${event.request.method} ${event.url.pathname}`, error);
		return { status: 500, message: 'error.500.text' };
	}
	return undefined;
};
