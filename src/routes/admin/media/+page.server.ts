import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { failFromError, parseForm, rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { listMediaForAdmin } from '#lib/modules/media/queries.server.ts';
import { mediaDescriptionInput } from '#lib/modules/media/inputs.ts';
import { uploadMedia } from '#lib/modules/media/commands/upload-media.server.ts';
import { pageParameter } from '#lib/server/request-guard.ts';
import { requireAccess } from '#lib/server/actor.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireAccess(locals.actor);
	try {
		return await listMediaForAdmin(await contextFor(locals), { page: pageParameter(url) });
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	upload: async ({ request, locals, cookies }) => {
		requireAccess(locals.actor);
		const formData = await request.formData();
		const parsed = parseForm(mediaDescriptionInput, formData);
		if (!parsed.ok) return parsed.failure;
		const file = formData.get('file');
		try {
			await uploadMedia(await contextFor(locals), {
				bytes: file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array(),
				fileName: file instanceof File ? file.name : '',
				alt: parsed.data.alt,
				altEn: parsed.data.altEn
			});
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'media.upload.done');
		redirect(303, localizePath('/admin/media', locals.locale));
	}
};
