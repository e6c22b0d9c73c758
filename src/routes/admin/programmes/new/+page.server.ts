import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { failFromError, parseForm, rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { setFlash } from '#lib/server/flash.ts';
import { authorize, requireAccess } from '#lib/server/actor.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { canManageEvents } from '#lib/modules/events/permissions.server.ts';
import { programmeInput } from '#lib/modules/events/inputs.ts';
import { createProgramme } from '#lib/modules/events/commands/create-programme.server.ts';

export const load: PageServerLoad = async ({ locals }) => {
	requireAccess(locals.actor);
	try {
		authorize(locals.actor, canManageEvents(locals.actor));
		return { initial: { name: '', nameEn: '', description: '', descriptionEn: '', color: '#1d4ed8' } };
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	save: async ({ request, locals, cookies }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(programmeInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await createProgramme(await contextFor(locals), parsed.data);
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'events.programmes.created');
		redirect(303, localizePath('/admin/programmes', locals.locale));
	}
};
