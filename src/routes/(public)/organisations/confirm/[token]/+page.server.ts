import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { isAppError } from '#lib/server/errors.ts';
import { getConfirmationByToken } from '#lib/modules/organisations/confirmations-queries.server.ts';
import {
	answerConfirmation,
	CONFIRMATION_ANSWERS,
	type ConfirmationAnswer
} from '#lib/modules/organisations/commands/answer-confirmation.server.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	if (!locals.office) error(404, 'error.404.text');
	const { db } = await getRuntime();
	return { confirmation: await getConfirmationByToken(db, locals.office.id, params.token) };
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		if (!locals.office) error(404, 'error.404.text');
		const answer = String((await request.formData()).get('answer') ?? '');
		if (!(CONFIRMATION_ANSWERS as readonly string[]).includes(answer))
			return fail(400, { message: 'organisations.confirm.linkInvalid' });
		const { db } = await getRuntime();
		const state = await getConfirmationByToken(db, locals.office.id, params.token);
		if (state.state !== 'open') return fail(400, { message: 'organisations.confirm.linkInvalid' });
		try {
			await answerConfirmation(db, { token: params.token, answer: answer as ConfirmationAnswer });
		} catch (caught) {
			if (isAppError(caught)) return fail(400, { message: caught.messageKey });
			throw caught;
		}
		return { answered: answer as ConfirmationAnswer };
	}
};
