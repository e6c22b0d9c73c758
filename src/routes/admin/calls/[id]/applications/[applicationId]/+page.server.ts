import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireAccess } from '#lib/server/actor.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { failFromError, parseForm, rethrowAsHttpError } from '#lib/server/forms.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { getApplicationForStaff } from '#lib/modules/calls/queries.server.ts';
import { checkInput } from '#lib/modules/calls/review-inputs.ts';
import { checkApplication } from '#lib/modules/calls/commands/check-application.server.ts';
import { APPLICATION_SECTIONS, CHECK_OUTCOMES } from '#lib/modules/calls/schema.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	requireAccess(locals.actor);
	try {
		return {
			...(await getApplicationForStaff(await contextFor(locals), params.id, params.applicationId)),
			outcomes: CHECK_OUTCOMES,
			sections: Object.keys(APPLICATION_SECTIONS)
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	check: async ({ request, locals, params, cookies }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(checkInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			const ctx = await contextFor(locals);
			// The application must belong to this call (the query refuses otherwise).
			await getApplicationForStaff(ctx, params.id, params.applicationId);
			await checkApplication(ctx, { id: params.applicationId, input: parsed.data });
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'calls.review.saved');
		redirect(303, localizePath(`/admin/calls/${params.id}/applications/${params.applicationId}`, locals.locale));
	}
};
