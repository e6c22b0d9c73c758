import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { parseForm, failFromError } from '#lib/server/forms.ts';
import { getRuntime } from '#lib/server/runtime.ts';
import { answerInput } from '#lib/modules/council/inputs.ts';
import { getInvitationByLink } from '#lib/modules/council/queries.server.ts';
import { answerInvitationByLink } from '#lib/modules/council/commands/answer-invitation.server.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	if (!locals.office) error(404, 'error.404.text');
	const { db } = await getRuntime();
	const invitation = await getInvitationByLink(db, locals.office.id, params.token);
	if (!invitation) error(404, 'council.error.invitationNotFound');
	return { invitation };
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		if (!locals.office) error(404, 'error.404.text');
		const parsed = parseForm(answerInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			const { db } = await getRuntime();
			await answerInvitationByLink(db, { officeId: locals.office.id, token: params.token, answer: parsed.data.answer });
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		return { saved: true };
	}
};
