import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { parseForm, failFromError, rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { listPagesForAdmin } from '#lib/modules/pages/queries.server.ts';
import { movePageInput } from '#lib/modules/pages/inputs.ts';
import { movePage } from '#lib/modules/pages/commands/move-page.server.ts';
import { requireAccess } from '#lib/server/actor.ts';

export const load: PageServerLoad = async ({ locals }) => {
	requireAccess(locals.actor);
	try {
		return { pages: await listPagesForAdmin(await contextFor(locals)) };
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	move: async ({ request, locals, cookies }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(movePageInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await movePage(await contextFor(locals), parsed.data);
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'pages.admin.moved');
		// Back to the list by GET, keeping the moved entry in view for people without JavaScript.
		redirect(303, localizePath(`/admin/pages#page-${parsed.data.id}`, locals.locale));
	}
};
