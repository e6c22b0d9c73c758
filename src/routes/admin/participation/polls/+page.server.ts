import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { authorize, requireAccess } from '#lib/server/actor.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { failFromError, parseForm, rethrowAsHttpError } from '#lib/server/forms.ts';
import { setFlash } from '#lib/server/flash.ts';
import { pollInput } from '#lib/modules/participation/inputs.ts';
import { canManageParticipation } from '#lib/modules/participation/permissions.server.ts';
import { getPollResults, listPollsForAdmin } from '#lib/modules/participation/poll-queries.server.ts';
import { savePoll } from '#lib/modules/participation/commands/save-poll.server.ts';

export const load: PageServerLoad = async ({ locals }) => {
	requireAccess(locals.actor);
	try {
		authorize(locals.actor, canManageParticipation(locals.actor));
		const ctx = await contextFor(locals);
		const polls = await listPollsForAdmin(ctx.db, ctx.officeId);
		const now = new Date();
		return {
			polls: await Promise.all(
				polls.map(async (poll) => ({
					poll,
					isOpen: poll.opensAt <= now && now < poll.closesAt,
					hasVoted: false,
					results: await getPollResults(ctx.db, poll)
				}))
			)
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	create: async ({ request, locals, url, cookies }) => {
		requireAccess(locals.actor);
		authorize(locals.actor, canManageParticipation(locals.actor));
		const parsed = parseForm(pollInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await savePoll(await contextFor(locals), { input: parsed.data });
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'participation.admin.pollSaved');
		redirect(303, url.pathname);
	}
};
