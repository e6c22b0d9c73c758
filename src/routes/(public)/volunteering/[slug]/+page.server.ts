import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { parseForm, failFromError } from '#lib/server/forms.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { applicationInput } from '#lib/modules/volunteering/inputs.ts';
import { getPublicVolunteering, getApplicantState } from '#lib/modules/volunteering/queries.server.ts';
import { getEventById } from '#lib/modules/events/queries.server.ts';
import { publicBaseUrl } from '#lib/server/links.ts';
import { applyToVolunteer } from '#lib/modules/volunteering/commands/apply.server.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { db } = await getRuntime();
	const opportunity = locals.office ? await getPublicVolunteering(db, locals.office.id, params.slug) : null;
	if (!opportunity) error(404, 'error.404.text');
	const applicant = locals.actor ? await getApplicantState(await contextFor(locals), opportunity) : null;
	// The volunteer action this opportunity belongs to, through the events module's query.
	const linked = opportunity.eventId ? await getEventById(db, locals.office!.id, opportunity.eventId) : null;
	const event =
		linked && linked.status !== 'draft' ? { slug: linked.slug, title: linked.title, titleEn: linked.titleEn } : null;
	return {
		opportunity,
		applicant,
		event,
		municipality: locals.office!.municipality,
		publicBase: publicBaseUrl(locals.office)
	};
};

export const actions: Actions = {
	apply: async ({ request, locals, params, url }) => {
		if (!locals.actor) redirect(303, localizePath(`/sign-in?next=${encodeURIComponent(url.pathname)}`, locals.locale));
		const { db } = await getRuntime();
		const opportunity = locals.office ? await getPublicVolunteering(db, locals.office.id, params.slug) : null;
		if (!opportunity) error(404, 'error.404.text');
		const parsed = parseForm(applicationInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			const outcome = await applyToVolunteer(await contextFor(locals), {
				opportunityId: opportunity.id,
				input: parsed.data,
				locale: locals.locale
			});
			return { applied: outcome.awaitingGuardian ? 'guardian' : outcome.status };
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
	}
};
