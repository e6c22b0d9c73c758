import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { contextFor } from '#lib/server/request-context.ts';
import { SESSION_COOKIE } from '#lib/server/auth/sessions.ts';
import { clearSessionCookie } from '#lib/server/auth/cookies.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { signOut } from '#lib/modules/accounts/commands/sign-out.server.ts';

// Signing out changes state, so it is a POST; a plain visit just goes home.
export const load: PageServerLoad = async ({ locals }) => redirect(303, localizePath('/', locals.locale));

export const actions: Actions = {
	default: async ({ cookies, locals }) => {
		const token = cookies.get(SESSION_COOKIE);
		if (token && locals.office) await signOut(await contextFor(locals), { token });
		clearSessionCookie(cookies);
		setFlash(cookies, 'accounts.signedOut');
		redirect(303, localizePath('/', locals.locale));
	}
};
