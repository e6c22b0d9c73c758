import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { authorize, requireAccess } from '#lib/server/actor.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { failFromError, parseForm, rethrowAsHttpError } from '#lib/server/forms.ts';
import { setFlash } from '#lib/server/flash.ts';
import { answerInput, hideInput, moderationInput } from '#lib/modules/participation/inputs.ts';
import { canManageParticipation } from '#lib/modules/participation/permissions.server.ts';
import { authorLabel, getPublicInitiative, readSupporters } from '#lib/modules/participation/queries.server.ts';
import { moderateInitiative } from '#lib/modules/participation/commands/moderate-initiative.server.ts';
import { answerInitiative } from '#lib/modules/participation/commands/answer-initiative.server.ts';
import { hideContent } from '#lib/modules/participation/commands/moderate-content.server.ts';
import { isAnswerOverdue } from '#lib/modules/participation/rules.ts';
import { getMediaForDisplay } from '#lib/modules/media/queries.server.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireAccess(locals.actor);
	try {
		authorize(locals.actor, canManageParticipation(locals.actor));
		const ctx = await contextFor(locals);
		const initiative = await getPublicInitiative(ctx.db, ctx.officeId, params.id, locals.actor);
		if (!initiative) error(404, 'error.404.text');
		// Reading who supports is audited, so it happens only when staff ask for it.
		const supporters = url.searchParams.has('supporters') ? await readSupporters(ctx, initiative.id) : null;
		const media = await getMediaForDisplay(ctx.db, ctx.officeId, initiative.imageIds);
		return {
			initiative,
			images: initiative.imageIds.flatMap((id) => media.get(id) ?? []),
			author: authorLabel(initiative),
			overdue: isAnswerOverdue(initiative, new Date()),
			supporters
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

const back = (url: URL) => url.pathname;

export const actions: Actions = {
	moderate: async ({ request, locals, params, url, cookies }) => {
		requireAccess(locals.actor);
		authorize(locals.actor, canManageParticipation(locals.actor));
		const parsed = parseForm(moderationInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await moderateInitiative(await contextFor(locals), { id: params.id, input: parsed.data });
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(
			cookies,
			parsed.data.decision === 'publish' ? 'participation.admin.published' : 'participation.admin.rejected'
		);
		redirect(303, back(url));
	},
	answer: async ({ request, locals, params, url, cookies }) => {
		requireAccess(locals.actor);
		authorize(locals.actor, canManageParticipation(locals.actor));
		const parsed = parseForm(answerInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await answerInitiative(await contextFor(locals), { id: params.id, input: parsed.data });
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'participation.admin.answered');
		redirect(303, back(url));
	},
	hide: async ({ request, locals, params, url, cookies }) => {
		requireAccess(locals.actor);
		authorize(locals.actor, canManageParticipation(locals.actor));
		const parsed = parseForm(hideInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await hideContent(await contextFor(locals), { initiativeId: params.id, reason: parsed.data.reason });
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'participation.admin.hiddenDone');
		redirect(303, back(url));
	},
	show: async ({ locals, params, url, cookies }) => {
		requireAccess(locals.actor);
		authorize(locals.actor, canManageParticipation(locals.actor));
		try {
			await hideContent(await contextFor(locals), { initiativeId: params.id, reason: null });
		} catch (caught) {
			return failFromError(caught, {});
		}
		setFlash(cookies, 'participation.admin.shownDone');
		redirect(303, back(url));
	}
};
