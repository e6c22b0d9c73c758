import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { parseForm, failFromError, rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { bodyInput } from '#lib/modules/council/inputs.ts';
import { COUNCIL_BODY_SORT_COLUMNS, listCouncilBodies } from '#lib/modules/council/queries.server.ts';
import { listSortOf } from '#lib/server/list-sort.ts';
import { createCouncilBody } from '#lib/modules/council/commands/create-body.server.ts';
import { listDocumentsForPicker } from '#lib/modules/documents/queries.server.ts';
import { requireAccess } from '#lib/server/actor.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireAccess(locals.actor);
	try {
		const ctx = await contextFor(locals);
		const sort = listSortOf(url.searchParams, COUNCIL_BODY_SORT_COLUMNS);
		return {
			bodies: await listCouncilBodies(ctx, new Date(), sort),
			documents: await listDocumentsForPicker(ctx.db, ctx.officeId)
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	create: async ({ request, locals, cookies }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(bodyInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		let id: string;
		try {
			({ id } = await createCouncilBody(await contextFor(locals), parsed.data));
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'council.admin.bodyCreated');
		redirect(303, localizePath(`/admin/council/${id}`, locals.locale));
	}
};
