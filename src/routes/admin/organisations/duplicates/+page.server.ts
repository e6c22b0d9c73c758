import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { contextFor } from '#lib/server/request-context.ts';
import { failFromError, parseForm, rethrowAsHttpError } from '#lib/server/forms.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { listDuplicatePairsForAdmin } from '#lib/modules/organisations/queries.server.ts';
import { requireAccess } from '#lib/server/actor.ts';
import { dismissDuplicateInput } from '#lib/modules/organisations/inputs.ts';
import { dismissDuplicatePair } from '#lib/modules/organisations/commands/dismiss-duplicate.server.ts';

export const load: PageServerLoad = async ({ locals }) => {
	requireAccess(locals.actor);
	try {
		return { pairs: await listDuplicatePairsForAdmin(await contextFor(locals)) };
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	dismiss: async ({ request, locals, cookies }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(dismissDuplicateInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await dismissDuplicatePair(await contextFor(locals), parsed.data);
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'organisations.merge.dismissed');
		redirect(303, localizePath('/admin/organisations/duplicates', locals.locale));
	}
};
