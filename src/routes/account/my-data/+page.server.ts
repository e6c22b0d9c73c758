import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { parseForm, failFromError, rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { clearSessionCookie } from '#lib/server/auth/cookies.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { manifests } from '#lib/modules/registry.server.ts';
import { eraseMyDataInput } from '#lib/modules/privacy/inputs.ts';
import { getMyPersonalData } from '#lib/modules/privacy/queries.server.ts';
import { eraseMyData } from '#lib/modules/privacy/commands/erase-personal-data.server.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	if (!locals.actor) redirect(303, localizePath(`/sign-in?next=${encodeURIComponent(url.pathname)}`, locals.locale));
	try {
		return { personalData: await getMyPersonalData(await contextFor(locals), manifests) };
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	erase: async ({ request, locals, cookies }) => {
		const parsed = parseForm(eraseMyDataInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await eraseMyData(await contextFor(locals), parsed.data, manifests);
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		clearSessionCookie(cookies);
		setFlash(cookies, 'privacy.mine.erased');
		redirect(303, localizePath('/', locals.locale));
	}
};
