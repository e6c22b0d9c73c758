import { redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import type { Actions, PageServerLoad } from './$types';
import { requireAccess } from '#lib/server/actor.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { failFromError, parseForm, rethrowAsHttpError } from '#lib/server/forms.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { checkbox, email } from '#lib/validation.ts';
import { getCallForAdmin } from '#lib/modules/calls/queries.server.ts';
import { getRankingForStaff } from '#lib/modules/calls/committee-queries.server.ts';
import { addCommitteeMember } from '#lib/modules/calls/commands/committee.server.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	requireAccess(locals.actor);
	try {
		const ctx = await contextFor(locals);
		const call = await getCallForAdmin(ctx, params.id);
		return {
			call: { id: call.id, title: call.title, publishesScores: call.publishesScores },
			...(await getRankingForStaff(ctx, params.id))
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

const memberInput = v.object({ email: email(), isChair: checkbox() });

export const actions: Actions = {
	add: async ({ request, locals, params, cookies }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(memberInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await addCommitteeMember(await contextFor(locals), { callId: params.id, ...parsed.data });
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'calls.committee.added');
		redirect(303, localizePath(`/admin/calls/${params.id}/committee`, locals.locale));
	}
};
