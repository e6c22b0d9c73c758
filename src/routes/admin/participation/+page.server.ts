import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { authorize, requireAccess } from '#lib/server/actor.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { failFromError, parseForm, rethrowAsHttpError } from '#lib/server/forms.ts';
import { setFlash } from '#lib/server/flash.ts';
import { settingsInput } from '#lib/modules/participation/inputs.ts';
import { canConfigureParticipation, canManageParticipation } from '#lib/modules/participation/permissions.server.ts';
import { listSortOf } from '#lib/server/list-sort.ts';
import {
	ADMIN_INITIATIVE_SORT_COLUMNS,
	ADMIN_QUEUES,
	countAttention,
	listInitiativesForAdmin,
	type AdminQueue
} from '#lib/modules/participation/queries.server.ts';
import { getParticipationSettings } from '#lib/modules/participation/commands/shared.server.ts';
import { updateParticipationSettings } from '#lib/modules/participation/commands/update-settings.server.ts';
import { isAnswerOverdue } from '#lib/modules/participation/rules.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireAccess(locals.actor);
	try {
		authorize(locals.actor, canManageParticipation(locals.actor));
		const ctx = await contextFor(locals);
		const requested = url.searchParams.get('queue') ?? 'moderation';
		if (!(ADMIN_QUEUES as readonly string[]).includes(requested)) error(404, 'error.404.text');
		const queue = requested as AdminQueue;
		const now = new Date();
		const [rows, counts, settings] = await Promise.all([
			listInitiativesForAdmin(
				ctx.db,
				ctx.officeId,
				queue,
				now,
				listSortOf(url.searchParams, ADMIN_INITIATIVE_SORT_COLUMNS)
			),
			countAttention(ctx.db, ctx.officeId, now),
			getParticipationSettings(ctx.db, ctx.officeId)
		]);
		return {
			queue,
			queues: ADMIN_QUEUES,
			rows: rows.map((row) => ({ ...row, overdue: isAnswerOverdue(row, now) })),
			counts,
			settings,
			canConfigure: canConfigureParticipation(locals.actor)
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	settings: async ({ request, locals, cookies, url }) => {
		requireAccess(locals.actor);
		authorize(locals.actor, canConfigureParticipation(locals.actor));
		const parsed = parseForm(settingsInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await updateParticipationSettings(await contextFor(locals), parsed.data);
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'participation.admin.settingsSaved');
		redirect(303, url.pathname + url.search);
	}
};
