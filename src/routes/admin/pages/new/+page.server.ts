import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { parseForm, failFromError, rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { listParentChoices } from '#lib/modules/pages/queries.server.ts';
import { pageInput } from '#lib/modules/pages/inputs.ts';
import { createPage } from '#lib/modules/pages/commands/create-page.server.ts';
import { requireAccess } from '#lib/server/actor.ts';

export const load: PageServerLoad = async ({ locals }) => {
	requireAccess(locals.actor);
	try {
		return { parentChoices: await listParentChoices(await contextFor(locals)) };
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	default: async ({ request, locals, cookies }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(pageInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await createPage(await contextFor(locals), parsed.data);
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'pages.admin.created');
		redirect(303, localizePath('/admin/pages', locals.locale));
	}
};
