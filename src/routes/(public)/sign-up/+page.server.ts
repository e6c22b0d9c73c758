import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { parseForm, failFromError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { getRuntime } from '#lib/server/runtime.ts';
import { publicLink } from '#lib/server/links.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { signUpInput } from '#lib/modules/accounts/inputs.ts';
import { signUp } from '#lib/modules/accounts/commands/sign-up.server.ts';
import { PASSWORD_MIN_LENGTH } from '#lib/validation.ts';

export const load: PageServerLoad = async ({ locals }) => {
	if (locals.actor) redirect(303, localizePath('/account', locals.locale));
	return { passwordMinLength: PASSWORD_MIN_LENGTH };
};

export const actions: Actions = {
	default: async ({ request, locals, getClientAddress }) => {
		const parsed = parseForm(signUpInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		const link = (path: string) => publicLink(locals.office, path, locals.locale);
		try {
			await signUp(await contextFor(locals), {
				name: parsed.data.name,
				email: parsed.data.email,
				password: parsed.data.password,
				locale: locals.locale,
				clientAddress: getClientAddress(),
				links: {
					confirm: (token) => link(`/sign-up/confirm/${token}`),
					signIn: link('/sign-in'),
					forgotPassword: link('/forgot-password')
				}
			});
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		(await getRuntime()).nudgeMail();
		// The same answer whether or not the address had an account (no account enumeration).
		return { sent: true };
	}
};
