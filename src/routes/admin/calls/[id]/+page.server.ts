import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireAccess } from '#lib/server/actor.ts';
import { failFromError, formValues, rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { callFormValuesOf } from '#lib/modules/calls/form-values.ts';
import { CALL_FORM_ARRAYS, callFormChoices } from '#lib/modules/calls/form-choices.server.ts';
import { parseCallForm } from '#lib/modules/calls/inputs.ts';
import { getCallForAdmin } from '#lib/modules/calls/queries.server.ts';
import { updateCall } from '#lib/modules/calls/commands/save-call.server.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	requireAccess(locals.actor);
	try {
		const ctx = await contextFor(locals);
		const call = await getCallForAdmin(ctx, params.id);
		return {
			call: { id: call.id, title: call.title, path: call.path, state: call.state, status: call.status },
			initial: callFormValuesOf(call),
			...(await callFormChoices(ctx))
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	save: async ({ request, locals, params, cookies }) => {
		requireAccess(locals.actor);
		const values = formValues(await request.formData(), CALL_FORM_ARRAYS);
		const parsed = parseCallForm(values);
		if (!parsed.ok) return fail(400, { values, errors: parsed.errors, message: 'common.formHasErrors' });
		try {
			await updateCall(await contextFor(locals), { ...parsed.data, id: params.id });
		} catch (caught) {
			return failFromError(caught, values);
		}
		setFlash(cookies, 'common.saved');
		redirect(303, localizePath(`/admin/calls/${params.id}`, locals.locale));
	}
};
