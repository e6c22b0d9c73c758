import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { authorize, requireAccess } from '#lib/server/actor.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { failFromError, parseForm, rethrowAsHttpError } from '#lib/server/forms.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { roundInput } from '#lib/modules/participation/inputs.ts';
import { canManageParticipation } from '#lib/modules/participation/permissions.server.ts';
import { listRoundsForAdmin } from '#lib/modules/participation/budget-queries.server.ts';
import { saveBudgetRound } from '#lib/modules/participation/commands/budget.server.ts';
import { budgetPhase } from '#lib/modules/participation/rules.ts';

export const load: PageServerLoad = async ({ locals }) => {
	requireAccess(locals.actor);
	try {
		authorize(locals.actor, canManageParticipation(locals.actor));
		const ctx = await contextFor(locals);
		const now = new Date();
		return {
			rounds: (await listRoundsForAdmin(ctx.db, ctx.officeId)).map((round) => ({
				...round,
				phase: budgetPhase(round, now)
			}))
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	create: async ({ request, locals, cookies }) => {
		requireAccess(locals.actor);
		authorize(locals.actor, canManageParticipation(locals.actor));
		const parsed = parseForm(roundInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		let id: string;
		try {
			({ id } = await saveBudgetRound(await contextFor(locals), { input: parsed.data }));
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'participation.admin.roundSaved');
		redirect(303, localizePath(`/admin/participation/budget/${id}`, locals.locale));
	}
};
