import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formValues, parseForm, failFromError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { getRuntime } from '#lib/server/runtime.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { safeNextPath } from '#lib/server/auth/cookies.ts';
import { setFlash } from '#lib/server/flash.ts';
import { ORGANISATION_TYPES, WORK_AREAS } from '#lib/modules/organisations/schema.ts';
import { isListingHoneypotHit, listingRequestInput } from '#lib/modules/organisations/listing-inputs.ts';
import { requestListing } from '#lib/modules/organisations/commands/request-listing.server.ts';

export const load: PageServerLoad = async ({ locals }) => ({
	types: ORGANISATION_TYPES,
	areas: WORK_AREAS,
	// A signed-in person's address fills the form in; they may change it.
	email: locals.actor?.email ?? ''
});

export const actions: Actions = {
	default: async ({ request, locals, getClientAddress, url, cookies }) => {
		const formData = await request.formData();
		const sent = localizePath('/organisations/ask/sent', locals.locale);
		// A program that filled the trap gets the same answer as a person.
		if (isListingHoneypotHit(formValues(formData))) redirect(303, sent);
		const parsed = parseForm(listingRequestInput, formData, ['areas']);
		if (!parsed.ok) return parsed.failure;
		try {
			await requestListing(await contextFor(locals), {
				...parsed.data,
				locale: locals.locale,
				clientAddress: getClientAddress()
			});
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		(await getRuntime()).nudgeMail();
		// Asked while applying to a call: back to it, where the association now waits for approval.
		const next = safeNextPath(url.searchParams.get('next'), '');
		if (next) setFlash(cookies, 'organisations.listing.sentBack');
		redirect(303, next || sent);
	}
};
