import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { failFromError, parseForm, rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { getMediaForAdmin } from '#lib/modules/media/queries.server.ts';
import { deleteMediaInput, mediaDescriptionInput } from '#lib/modules/media/inputs.ts';
import { updateMedia } from '#lib/modules/media/commands/update-media.server.ts';
import { deleteMedia, isMediaInUseError } from '#lib/modules/media/commands/delete-media.server.ts';
import { manifests } from '#lib/modules/registry.server.ts';
import { requireAccess } from '#lib/server/actor.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	requireAccess(locals.actor);
	try {
		return { image: await getMediaForAdmin(await contextFor(locals), params.id) };
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	save: async ({ request, locals, params }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(mediaDescriptionInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await updateMedia(await contextFor(locals), { mediaId: params.id, ...parsed.data });
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		return { saved: 'media.edit.saved' };
	},
	delete: async ({ request, locals, params, cookies }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(deleteMediaInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await deleteMedia(await contextFor(locals), { mediaId: params.id, modules: manifests });
		} catch (caught) {
			// The places still showing the image are listed, each a link to where it can be removed.
			if (isMediaInUseError(caught)) return fail(409, { message: caught.messageKey, uses: caught.uses });
			return failFromError(caught, {});
		}
		setFlash(cookies, 'media.edit.deleted');
		redirect(303, localizePath('/admin/media', locals.locale));
	}
};
