import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { authorize, requireAccess } from '#lib/server/actor.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { failFromError, parseForm, rethrowAsHttpError } from '#lib/server/forms.ts';
import { setFlash } from '#lib/server/flash.ts';
import { hideInput } from '#lib/modules/participation/inputs.ts';
import { canManageParticipation } from '#lib/modules/participation/permissions.server.ts';
import { listCommentsAwaitingApproval, listOpenReports } from '#lib/modules/participation/queries.server.ts';
import { approveComment, hideContent } from '#lib/modules/participation/commands/moderate-content.server.ts';

export const load: PageServerLoad = async ({ locals }) => {
	requireAccess(locals.actor);
	try {
		authorize(locals.actor, canManageParticipation(locals.actor));
		const ctx = await contextFor(locals);
		const [reports, comments] = await Promise.all([
			listOpenReports(ctx.db, ctx.officeId),
			listCommentsAwaitingApproval(ctx.db, ctx.officeId)
		]);
		return { reports, comments };
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	hide: async ({ request, locals, url, cookies }) => {
		requireAccess(locals.actor);
		authorize(locals.actor, canManageParticipation(locals.actor));
		const formData = await request.formData();
		const parsed = parseForm(hideInput, formData);
		if (!parsed.ok) return parsed.failure;
		try {
			await hideContent(await contextFor(locals), {
				initiativeId: String(formData.get('initiativeId') ?? ''),
				commentId: parsed.data.commentId || undefined,
				reason: parsed.data.reason
			});
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'participation.admin.hiddenDone');
		redirect(303, url.pathname);
	},
	approve: async ({ request, locals, url, cookies }) => {
		requireAccess(locals.actor);
		authorize(locals.actor, canManageParticipation(locals.actor));
		try {
			await approveComment(await contextFor(locals), {
				commentId: String((await request.formData()).get('commentId') ?? '')
			});
		} catch (caught) {
			return failFromError(caught, {});
		}
		setFlash(cookies, 'participation.admin.approved');
		redirect(303, url.pathname);
	}
};
