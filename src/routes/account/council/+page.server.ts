import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { parseForm, failFromError, rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import * as v from 'valibot';
import { answerInput, minutesCommentInput, sessionIdInput } from '#lib/modules/council/inputs.ts';
import { getCouncilAreaFor } from '#lib/modules/council/queries.server.ts';
import { answerInvitationAsMember } from '#lib/modules/council/commands/answer-invitation.server.ts';
import { commentOnMinutes } from '#lib/modules/council/commands/minutes.server.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	if (!locals.actor) redirect(303, localizePath(`/sign-in?next=${encodeURIComponent(url.pathname)}`, locals.locale));
	try {
		return await getCouncilAreaFor(await contextFor(locals));
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

const answerForm = v.object({ ...sessionIdInput.entries, ...answerInput.entries });

export const actions: Actions = {
	answer: async ({ request, locals, cookies }) => {
		const parsed = parseForm(answerForm, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await answerInvitationAsMember(await contextFor(locals), parsed.data);
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'council.area.answerSaved');
		redirect(303, localizePath('/account/council', locals.locale));
	},
	comment: async ({ request, locals, cookies }) => {
		const parsed = parseForm(minutesCommentInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await commentOnMinutes(await contextFor(locals), parsed.data);
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'council.area.commentSaved');
		redirect(303, localizePath('/account/council', locals.locale));
	}
};
