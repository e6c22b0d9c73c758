import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { parseForm, failFromError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { setSessionCookie } from '#lib/server/auth/cookies.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { signUpInput } from '#lib/modules/accounts/inputs.ts';
import { signUp } from '#lib/modules/accounts/commands/sign-up.server.ts';
import { PASSWORD_MIN_LENGTH } from '#lib/validation.ts';

export const load: PageServerLoad = async ({ locals }) => {
	if (locals.actor) redirect(303, localizePath('/account', locals.locale));
	return { passwordMinLength: PASSWORD_MIN_LENGTH };
};

export const actions: Actions = {
	default: async ({ request, locals, cookies, url, getClientAddress }) => {
		const parsed = parseForm(signUpInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			const session = await signUp(await contextFor(locals), {
				name: parsed.data.name,
				email: parsed.data.email,
				password: parsed.data.password,
				locale: locals.locale,
				clientAddress: getClientAddress()
			});
			setSessionCookie(cookies, url, session);
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'accounts.signUp.done');
		redirect(303, localizePath('/account', locals.locale));
	}
};
