import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { failFromError, rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { organisationFormValues } from '#lib/modules/organisations/form-values.ts';
import { getOrganisationsByIds } from '#lib/modules/organisations/queries.server.ts';
import { updateOrganisation } from '#lib/modules/organisations/commands/update-organisation.server.ts';
import { organisationFormChoices, readOrganisationForm } from '../../organisation-form.server.ts';
import { requireAccess } from '#lib/server/actor.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	requireAccess(locals.actor);
	try {
		const ctx = await contextFor(locals);
		const [organisation] = await getOrganisationsByIds(ctx, [params.id]);
		if (!organisation || organisation.mergedIntoId)
			redirect(303, localizePath(`/admin/organisations/${params.id}`, locals.locale));
		return {
			organisation: { id: organisation.id, name: organisation.name },
			initial: organisationFormValues(organisation),
			...(await organisationFormChoices(ctx, organisation.logoMediaId))
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	save: async ({ request, locals, params, cookies }) => {
		requireAccess(locals.actor);
		const ctx = await contextFor(locals);
		const read = await readOrganisationForm(ctx, await request.formData());
		if (!read.ok) return read.failure;
		try {
			await updateOrganisation(ctx, { ...read.input, id: params.id });
		} catch (caught) {
			return failFromError(caught, read.values);
		}
		setFlash(cookies, 'common.saved');
		redirect(303, localizePath(`/admin/organisations/${params.id}`, locals.locale));
	}
};
