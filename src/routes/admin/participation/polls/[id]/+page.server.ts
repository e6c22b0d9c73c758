import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { authorize, requireAccess } from '#lib/server/actor.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { failFromError, parseForm, rethrowAsHttpError } from '#lib/server/forms.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { instantToBelgrade } from '#lib/i18n/office-time.ts';
import { pollInput } from '#lib/modules/participation/inputs.ts';
import { canManageParticipation } from '#lib/modules/participation/permissions.server.ts';
import { getPoll } from '#lib/modules/participation/poll-queries.server.ts';
import { savePoll } from '#lib/modules/participation/commands/save-poll.server.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	requireAccess(locals.actor);
	try {
		authorize(locals.actor, canManageParticipation(locals.actor));
		const ctx = await contextFor(locals);
		const poll = await getPoll(ctx.db, ctx.officeId, params.id);
		if (!poll) error(404, 'error.404.text');
		return {
			poll: { id: poll.id, question: poll.question },
			stored: {
				question: poll.question,
				questionEn: poll.questionEn,
				options: poll.options.map((option) => option.label).join('\n'),
				optionsEn: poll.options.map((option) => option.labelEn).join('\n'),
				isMultiple: poll.isMultiple ? 'on' : '',
				resultsAfterVote: poll.resultsAfterVote ? 'on' : '',
				audience: poll.audience,
				opensAt: instantToBelgrade(poll.opensAt).date,
				closesAt: instantToBelgrade(poll.closesAt).date
			},
			opened: poll.opensAt.getTime() <= Date.now()
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	default: async ({ request, locals, params, cookies }) => {
		requireAccess(locals.actor);
		authorize(locals.actor, canManageParticipation(locals.actor));
		const parsed = parseForm(pollInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await savePoll(await contextFor(locals), { id: params.id, input: parsed.data });
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'participation.admin.pollSaved');
		redirect(303, localizePath('/admin/participation/polls', locals.locale));
	}
};
