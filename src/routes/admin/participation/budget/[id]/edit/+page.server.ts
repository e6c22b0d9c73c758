import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { authorize, requireAccess } from '#lib/server/actor.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { failFromError, parseForm, rethrowAsHttpError } from '#lib/server/forms.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { instantToBelgrade } from '#lib/i18n/office-time.ts';
import { roundInput } from '#lib/modules/participation/inputs.ts';
import { canManageParticipation } from '#lib/modules/participation/permissions.server.ts';
import { getRound } from '#lib/modules/participation/budget-queries.server.ts';
import { saveBudgetRound } from '#lib/modules/participation/commands/budget.server.ts';
import { ROUND_DATES } from '#lib/modules/participation/rules.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	requireAccess(locals.actor);
	try {
		authorize(locals.actor, canManageParticipation(locals.actor));
		const ctx = await contextFor(locals);
		const round = await getRound(ctx.db, ctx.officeId, params.id);
		if (!round) error(404, 'error.404.text');
		const stored: Record<string, string> = {
			title: round.title,
			titleEn: round.titleEn,
			description: round.description,
			amount: String(round.amount),
			rule: round.rule,
			maxChoices: round.maxChoices === null ? '' : String(round.maxChoices),
			requiresCode: round.requiresCode ? 'on' : ''
		};
		for (const field of ROUND_DATES) stored[field] = instantToBelgrade(round[field]).date;
		return {
			round: { id: round.id, title: round.title },
			stored,
			opened: round.proposalsFrom.getTime() <= Date.now()
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	default: async ({ request, locals, params, cookies }) => {
		requireAccess(locals.actor);
		authorize(locals.actor, canManageParticipation(locals.actor));
		const parsed = parseForm(roundInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await saveBudgetRound(await contextFor(locals), { id: params.id, input: parsed.data });
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'participation.admin.roundSaved');
		redirect(303, localizePath(`/admin/participation/budget/${params.id}`, locals.locale));
	}
};
