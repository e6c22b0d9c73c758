import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { parseForm, failFromError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { getRuntime } from '#lib/server/runtime.ts';
import { setFlash } from '#lib/server/flash.ts';
import { clearSessionCookie } from '#lib/server/auth/cookies.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { PASSWORD_MIN_LENGTH } from '#lib/validation.ts';
import { resetPasswordInput } from '#lib/modules/accounts/inputs.ts';
import { isResetTokenValid, resetPassword } from '#lib/modules/accounts/commands/reset-password.server.ts';

export const load: PageServerLoad = async ({ params }) => {
	const { db } = await getRuntime();
	return { isValid: await isResetTokenValid(db, params.token), passwordMinLength: PASSWORD_MIN_LENGTH };
};

export const actions: Actions = {
	default: async ({ request, locals, params, cookies }) => {
		const parsed = parseForm(resetPasswordInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await resetPassword(await contextFor(locals), { token: params.token, password: parsed.data.password });
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		clearSessionCookie(cookies);
		setFlash(cookies, 'accounts.reset.done');
		redirect(303, localizePath('/sign-in', locals.locale));
	}
};
