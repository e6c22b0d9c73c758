import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { failFromError, parseForm, rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { deleteConfirmInput, programmeInput } from '#lib/modules/events/inputs.ts';
import { getProgrammeForAdmin } from '#lib/modules/events/queries.server.ts';
import { updateProgramme } from '#lib/modules/events/commands/update-programme.server.ts';
import { deleteProgramme } from '#lib/modules/events/commands/delete-programme.server.ts';
import { requireAccess } from '#lib/server/actor.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	requireAccess(locals.actor);
	try {
		const programme = await getProgrammeForAdmin(await contextFor(locals), params.id);
		return {
			programme: { id: programme.id, slug: programme.slug, eventCount: programme.eventCount },
			initial: {
				name: programme.name,
				nameEn: programme.nameEn,
				description: programme.description,
				descriptionEn: programme.descriptionEn,
				color: programme.color
			}
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	save: async ({ request, locals, params, cookies }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(programmeInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await updateProgramme(await contextFor(locals), { ...parsed.data, id: params.id });
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'common.saved');
		redirect(303, localizePath(`/admin/programmes/${params.id}`, locals.locale));
	},
	delete: async ({ request, locals, params, cookies }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(deleteConfirmInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await deleteProgramme(await contextFor(locals), { id: params.id });
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'events.programmes.deleted');
		redirect(303, localizePath('/admin/programmes', locals.locale));
	}
};
