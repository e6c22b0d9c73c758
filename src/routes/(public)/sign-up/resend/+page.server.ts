import type { Actions, PageServerLoad } from './$types';
import { parseForm, failFromError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { getRuntime } from '#lib/server/runtime.ts';
import { publicLink } from '#lib/server/links.ts';
import { forgotPasswordInput } from '#lib/modules/accounts/inputs.ts';
import { resendSignUpConfirmation } from '#lib/modules/accounts/commands/sign-up.server.ts';

export const load: PageServerLoad = async () => ({});

export const actions: Actions = {
	default: async ({ request, locals, getClientAddress }) => {
		const parsed = parseForm(forgotPasswordInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await resendSignUpConfirmation(await contextFor(locals), {
				email: parsed.data.email,
				locale: locals.locale,
				clientAddress: getClientAddress(),
				confirm: (token) => publicLink(locals.office, `/sign-up/confirm/${token}`, locals.locale)
			});
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		(await getRuntime()).nudgeMail();
		return { sent: true };
	}
};
