import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { failFromError, rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { organisationFormValues } from '#lib/modules/organisations/form-values.ts';
import { createOrganisation } from '#lib/modules/organisations/commands/create-organisation.server.ts';
import { organisationFormChoices, readOrganisationForm } from '../organisation-form.server.ts';
import { requireAccess } from '#lib/server/actor.ts';

export const load: PageServerLoad = async ({ locals }) => {
	requireAccess(locals.actor);
	try {
		const ctx = await contextFor(locals);
		return { initial: organisationFormValues(null), ...(await organisationFormChoices(ctx)) };
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	save: async ({ request, locals, cookies }) => {
		requireAccess(locals.actor);
		const ctx = await contextFor(locals);
		const read = await readOrganisationForm(ctx, await request.formData());
		if (!read.ok) return read.failure;
		let id: string;
		try {
			({ id } = await createOrganisation(ctx, read.input));
		} catch (caught) {
			return failFromError(caught, read.values);
		}
		setFlash(cookies, 'organisations.admin.created');
		redirect(303, localizePath(`/admin/organisations/${id}`, locals.locale));
	}
};
