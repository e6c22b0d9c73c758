import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { failFromError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { setSessionCookie } from '#lib/server/auth/cookies.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { confirmSignUp, isSignUpLinkValid } from '#lib/modules/accounts/commands/sign-up.server.ts';

// Opening the link only shows a button: mail scanners that follow links must not use it up.
export const load: PageServerLoad = async ({ locals, params }) => {
	const ctx = await contextFor(locals);
	return { isValid: await isSignUpLinkValid(ctx.db, ctx.officeId, params.token) };
};

export const actions: Actions = {
	default: async ({ locals, params, cookies, url }) => {
		try {
			const session = await confirmSignUp(await contextFor(locals), { token: params.token });
			setSessionCookie(cookies, url, session);
		} catch (caught) {
			return failFromError(caught, {});
		}
		setFlash(cookies, 'accounts.signUp.done');
		redirect(303, localizePath('/account', locals.locale));
	}
};
