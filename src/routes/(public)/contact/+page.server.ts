import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formValues, parseForm, failFromError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { getRuntime } from '#lib/server/runtime.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { contactInput, isHoneypotHit } from '#lib/modules/contact/inputs.ts';
import { sendContactMessage } from '#lib/modules/contact/commands/send-contact-message.server.ts';

export const load: PageServerLoad = async () => ({});

export const actions: Actions = {
	default: async ({ request, locals, getClientAddress }) => {
		const formData = await request.formData();
		const sent = localizePath('/contact/sent', locals.locale);
		// A program that filled the trap gets the same answer as a person, whatever else it typed.
		if (isHoneypotHit(formValues(formData))) redirect(303, sent);
		const parsed = parseForm(contactInput, formData);
		if (!parsed.ok) return parsed.failure;
		try {
			await sendContactMessage(await contextFor(locals), {
				...parsed.data,
				locale: locals.locale,
				clientAddress: getClientAddress()
			});
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		(await getRuntime()).nudgeMail();
		redirect(303, sent);
	}
};
