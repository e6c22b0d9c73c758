import { error, redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { isLocale, localizePath } from '#lib/i18n/locale.ts';
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE } from '#lib/server/locale-cookie.ts';
import { safeNextPath } from '#lib/server/auth/cookies.ts';

/** The language switcher: remembers the choice and returns to the same page in that language. */
export const GET: RequestHandler = ({ params, url, cookies }) => {
	if (!isLocale(params.locale)) error(404, 'error.404.text');
	cookies.set(LOCALE_COOKIE, params.locale, {
		path: '/',
		maxAge: LOCALE_COOKIE_MAX_AGE,
		httpOnly: false,
		sameSite: 'lax',
		secure: url.protocol === 'https:'
	});
	redirect(303, localizePath(safeNextPath(url.searchParams.get('to'), '/'), params.locale));
};
