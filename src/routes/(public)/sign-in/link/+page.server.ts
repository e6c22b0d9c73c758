import type { Actions, PageServerLoad } from './$types';
import { parseForm, failFromError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { getRuntime } from '#lib/server/runtime.ts';
import { publicLink } from '#lib/server/links.ts';
import { forgotPasswordInput } from '#lib/modules/accounts/inputs.ts';
import { requestSignInLink } from '#lib/modules/accounts/commands/sign-in-link.server.ts';

export const load: PageServerLoad = async () => ({});

export const actions: Actions = {
	default: async ({ request, locals, getClientAddress }) => {
		const parsed = parseForm(forgotPasswordInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await requestSignInLink(await contextFor(locals), {
				email: parsed.data.email,
				locale: locals.locale,
				clientAddress: getClientAddress(),
				linkFor: (token) => publicLink(locals.office, `/sign-in/link/${token}`, locals.locale)
			});
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		(await getRuntime()).nudgeMail();
		return { sent: true };
	}
};
