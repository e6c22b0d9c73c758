import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { failFromError, parseForm } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { getRuntime } from '#lib/server/runtime.ts';
import { getEventById } from '#lib/modules/events/queries.server.ts';
import { guardianConsentInput } from '#lib/modules/registrations/inputs.ts';
import {
	confirmGuardianConsent,
	findRegistrationByGuardianToken
} from '#lib/modules/registrations/commands/confirm-guardian-consent.server.ts';

export const load: PageServerLoad = async ({ locals, params, setHeaders }) => {
	setHeaders({ 'cache-control': 'private, no-store' });
	const ctx = await contextFor(locals);
	const registration = await findRegistrationByGuardianToken(ctx, params.token);
	const event = registration && (await getEventById(ctx.db, ctx.officeId, registration.eventId));
	if (!registration || !event) error(404, 'error.404.text');
	return {
		name: registration.name,
		event: { title: event.title, titleEn: event.titleEn, slug: event.slug },
		state: registration.guardianConfirmedAt
			? ('alreadyConfirmed' as const)
			: registration.status === 'cancelled' || registration.status === 'declined'
				? ('expired' as const)
				: ('open' as const)
	};
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const parsed = parseForm(guardianConsentInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			const outcome = await confirmGuardianConsent(await contextFor(locals), { token: params.token });
			(await getRuntime()).nudgeMail();
			return { outcome };
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
	}
};
