import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireAccess } from '#lib/server/actor.ts';
import { failFromError, formValues, rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { setFlash } from '#lib/server/flash.ts';
import { authorize } from '#lib/server/actor.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { callFormValuesOf } from '#lib/modules/calls/form-values.ts';
import { CALL_FORM_ARRAYS, callFormChoices } from '#lib/modules/calls/form-choices.server.ts';
import { parseCallForm } from '#lib/modules/calls/inputs.ts';
import { canManageCalls } from '#lib/modules/calls/permissions.server.ts';
import { createCall } from '#lib/modules/calls/commands/save-call.server.ts';

export const load: PageServerLoad = async ({ locals }) => {
	requireAccess(locals.actor);
	try {
		authorize(locals.actor, canManageCalls(locals.actor));
		return { initial: callFormValuesOf(null), ...(await callFormChoices(await contextFor(locals))) };
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	save: async ({ request, locals, cookies }) => {
		requireAccess(locals.actor);
		const values = formValues(await request.formData(), CALL_FORM_ARRAYS);
		const parsed = parseCallForm(values);
		if (!parsed.ok) return fail(400, { values, errors: parsed.errors, message: 'common.formHasErrors' });
		let id: string;
		try {
			({ id } = await createCall(await contextFor(locals), parsed.data));
		} catch (caught) {
			return failFromError(caught, values);
		}
		setFlash(cookies, 'calls.admin.created');
		redirect(303, localizePath(`/admin/calls/${id}`, locals.locale));
	}
};
