import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formValues, failFromError, rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { wallClock } from '#lib/i18n/office-time.ts';
import { PUBLIC_FIELDS, TARGET_GROUPS, WORK_AREAS } from '#lib/modules/organisations/schema.ts';
import { getProfileForRepresentative } from '#lib/modules/organisations/self-service-queries.server.ts';
import { parseProfileForm, PROFILE_ARRAY_FIELDS } from '#lib/modules/organisations/self-service-inputs.ts';
import { proposeOrganisationChanges } from '#lib/modules/organisations/commands/propose-organisation-changes.server.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	if (!locals.actor) redirect(303, localizePath(`/sign-in?next=${encodeURIComponent(url.pathname)}`, locals.locale));
	try {
		return {
			...(await getProfileForRepresentative(await contextFor(locals), params.slug)),
			areas: WORK_AREAS,
			targets: TARGET_GROUPS,
			publicFieldChoices: PUBLIC_FIELDS
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	default: async ({ request, locals, params, url }) => {
		if (!locals.actor) redirect(303, localizePath(`/sign-in?next=${encodeURIComponent(url.pathname)}`, locals.locale));
		const ctx = await contextFor(locals);
		const values = formValues(await request.formData(), PROFILE_ARRAY_FIELDS);
		let current;
		try {
			current = await getProfileForRepresentative(ctx, params.slug);
		} catch (caught) {
			rethrowAsHttpError(caught);
		}
		const parsed = parseProfileForm(values, current.organisation.type, wallClock(new Date()).year);
		if (!parsed.ok) return fail(400, { values, errors: parsed.errors, message: 'common.formHasErrors' });
		try {
			const result = await proposeOrganisationChanges(ctx, { slug: params.slug, profile: parsed.profile });
			const saved =
				result.pending.length > 0
					? 'pending'
					: result.applied.length > 0
						? 'live'
						: ('none' as 'pending' | 'live' | 'none');
			return { saved };
		} catch (caught) {
			return failFromError(caught, values);
		}
	}
};
