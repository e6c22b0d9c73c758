import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { failFromError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { getRuntime } from '#lib/server/runtime.ts';
import { setSessionCookie } from '#lib/server/auth/cookies.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { isSignInLinkValid, signInWithLink } from '#lib/modules/accounts/commands/sign-in-link.server.ts';

// Opening the link only shows a button: mail scanners that follow links must not use it up.
export const load: PageServerLoad = async ({ params }) => {
	const { db } = await getRuntime();
	return { isValid: await isSignInLinkValid(db, params.token) };
};

export const actions: Actions = {
	default: async ({ locals, params, cookies, url, getClientAddress }) => {
		try {
			const session = await signInWithLink(await contextFor(locals), {
				token: params.token,
				clientAddress: getClientAddress()
			});
			setSessionCookie(cookies, url, session);
		} catch (caught) {
			return failFromError(caught, {});
		}
		setFlash(cookies, 'accounts.signInLink.done');
		redirect(303, localizePath('/account', locals.locale));
	}
};
