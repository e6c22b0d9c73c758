import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { failFromError, parseForm } from '#lib/server/forms.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { getMediaForDisplay } from '#lib/modules/media/queries.server.ts';
import { getPublicEvent } from '#lib/modules/events/queries.server.ts';
import { findMyRegistrationForEvent } from '#lib/modules/registrations/queries.server.ts';
import { cancelMyRegistrationInput } from '#lib/modules/registrations/inputs.ts';
import { cancelMyRegistration } from '#lib/modules/registrations/commands/cancel-registration.server.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { eventLinksFor } from '#lib/modules/registry.server.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { db } = await getRuntime();
	const event = locals.office ? await getPublicEvent(db, locals.office.id, params.slug) : null;
	if (!event) error(404, 'error.404.text');
	const cover = event.coverMediaId
		? ((await getMediaForDisplay(db, locals.office!.id, [event.coverMediaId])).get(event.coverMediaId) ?? null)
		: null;
	// A signed-in young person sees their own registration here, not the sign-up form again.
	const mine = locals.actor ? await findMyRegistrationForEvent(await contextFor(locals), event.id) : null;
	// Other modules' pages for this event (its volunteering shifts...), through the manifests.
	const related = await eventLinksFor(db, locals.office!.id, event.id);
	return { event, cover, municipality: locals.office!.municipality, mine, related };
};

export const actions: Actions = {
	/** The signed-in registrant cancels here; the command checks that the registration is theirs. */
	cancel: async ({ request, locals, params, cookies }) => {
		if (!locals.actor) redirect(303, localizePath(`/sign-in?next=/events/${params.slug}`, locals.locale));
		const parsed = parseForm(cancelMyRegistrationInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await cancelMyRegistration(await contextFor(locals), { registrationId: parsed.data.registrationId });
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		(await getRuntime()).nudgeMail();
		setFlash(cookies, 'registrations.cancel.done');
		redirect(303, localizePath(`/events/${params.slug}`, locals.locale));
	}
};
