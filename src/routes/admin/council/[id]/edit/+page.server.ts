import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { parseForm, failFromError, rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { bodyInput } from '#lib/modules/council/inputs.ts';
import { getBodyForEditing } from '#lib/modules/council/queries.server.ts';
import { updateCouncilBody } from '#lib/modules/council/commands/update-body.server.ts';
import { listDocumentsForPicker } from '#lib/modules/documents/queries.server.ts';
import { requireAccess } from '#lib/server/actor.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	requireAccess(locals.actor);
	try {
		const ctx = await contextFor(locals);
		return {
			body: await getBodyForEditing(ctx, params.id),
			documents: await listDocumentsForPicker(ctx.db, ctx.officeId)
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	save: async ({ request, locals, cookies, params }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(bodyInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await updateCouncilBody(await contextFor(locals), { bodyId: params.id, input: parsed.data });
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'council.admin.bodyUpdated');
		redirect(303, localizePath(`/admin/council/${params.id}`, locals.locale));
	}
};
