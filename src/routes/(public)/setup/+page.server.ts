import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { parseForm, failFromError } from '#lib/server/forms.ts';
import { getRuntime } from '#lib/server/runtime.ts';
import { setSessionCookie } from '#lib/server/auth/cookies.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { PASSWORD_MIN_LENGTH } from '#lib/validation.ts';
import { setupInput } from '#lib/modules/settings/inputs.ts';
import { completeSetup } from '#lib/modules/settings/commands/complete-setup.server.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	if (locals.office) redirect(303, localizePath('/', locals.locale));
	return { suggestedUrl: url.origin, passwordMinLength: PASSWORD_MIN_LENGTH };
};

export const actions: Actions = {
	default: async ({ request, locals, cookies, url }) => {
		if (locals.office) redirect(303, localizePath('/', locals.locale));
		const parsed = parseForm(setupInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			const result = await completeSetup((await getRuntime()).db, { ...parsed.data, locale: locals.locale });
			setSessionCookie(cookies, url, result);
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'setup.done');
		redirect(303, localizePath('/admin', locals.locale));
	}
};
