import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { contextFor } from '#lib/server/request-context.ts';
import { parseForm, failFromError } from '#lib/server/forms.ts';
import { guardianConsentInput, guardianWithdrawInput } from '#lib/modules/volunteering/inputs.ts';
import {
	confirmVolunteerGuardianConsent,
	findGuardianRequest,
	withdrawVolunteerGuardianConsent
} from '#lib/modules/volunteering/commands/guardian-consent.server.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const request = await findGuardianRequest(await contextFor(locals), params.token);
	if (!request) error(404, 'error.404.text');
	return {
		volunteerName: request.volunteerName,
		guardianName: request.guardianName,
		confirmed: !!request.confirmedAt,
		withdrawn: !!request.withdrawnAt
	};
};

export const actions: Actions = {
	confirm: async ({ request, locals, params }) => {
		const parsed = parseForm(guardianConsentInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			return {
				outcome: await confirmVolunteerGuardianConsent(await contextFor(locals), {
					token: params.token,
					confirmedName: parsed.data.confirmedName
				})
			};
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
	},
	withdraw: async ({ request, locals, params }) => {
		const parsed = parseForm(guardianWithdrawInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await withdrawVolunteerGuardianConsent(await contextFor(locals), { token: params.token });
			return { withdrawnNow: true };
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
	}
};
