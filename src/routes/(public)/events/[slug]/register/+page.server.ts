import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { failFromError, parseForm } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { getRuntime } from '#lib/server/runtime.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { getPublicEventBySlug } from '#lib/modules/events/queries.server.ts';
import { registrationStateOf } from '#lib/modules/events/registration-state.ts';
import { countPlaces } from '#lib/modules/registrations/queries.server.ts';
import { fillFromAccount, registrationInput } from '#lib/modules/registrations/inputs.ts';
import { getAccountProfile } from '#lib/modules/accounts/queries.server.ts';
import { registerForEvent } from '#lib/modules/registrations/commands/register-for-event.server.ts';
import { GUARDIAN_HOLD_HOURS } from '#lib/modules/registrations/commands/shared.server.ts';

async function loadEvent(locals: App.Locals, slug: string) {
	const { db } = await getRuntime();
	const event = locals.office ? await getPublicEventBySlug(db, locals.office.id, slug) : null;
	if (!event) error(404, 'error.404.text');
	return event;
}

export const load: PageServerLoad = async ({ locals, params }) => {
	const event = await loadEvent(locals, params.slug);
	const { db } = await getRuntime();
	const { state, placesLeft } = registrationStateOf(event, await countPlaces(db, event.id), new Date());
	return {
		event: {
			slug: event.slug,
			title: event.title,
			titleEn: event.titleEn,
			placeName: event.placeName,
			room: event.room,
			address: event.address,
			onlineUrl: event.onlineUrl,
			registrationMode: event.registrationMode,
			questions: event.questions,
			sessions: event.sessions.map(({ id, startsAt, endsAt }) => ({ id, startsAt, endsAt }))
		},
		state,
		placesLeft,
		guardianHoldHours: GUARDIAN_HOLD_HOURS,
		prefill: locals.actor ? { name: locals.actor.name, email: locals.actor.email } : { name: '', email: '' },
		signedIn: !!locals.actor,
		kept: locals.actor ? await getAccountProfile(db, locals.actor.userId) : null
	};
};

export const actions: Actions = {
	default: async ({ request, locals, params, getClientAddress }) => {
		const event = await loadEvent(locals, params.slug);
		const kept = locals.actor ? await getAccountProfile((await getRuntime()).db, locals.actor.userId) : null;
		const parsed = parseForm(registrationInput, fillFromAccount(await request.formData(), kept));
		if (!parsed.ok) return parsed.failure;
		let token: string;
		try {
			({ token } = await registerForEvent(await contextFor(locals), {
				eventId: event.id,
				input: parsed.data,
				values: parsed.values,
				locale: locals.locale,
				clientAddress: getClientAddress()
			}));
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		(await getRuntime()).nudgeMail();
		redirect(303, localizePath(`/registrations/${token}?new=1`, locals.locale));
	}
};
