import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { authorize, requireAccess } from '#lib/server/actor.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { failFromError, parseForm, rethrowAsHttpError } from '#lib/server/forms.ts';
import { budgetCodesInput } from '#lib/modules/participation/inputs.ts';
import { canManageParticipation } from '#lib/modules/participation/permissions.server.ts';
import { getRound, listBudgetCodes } from '#lib/modules/participation/budget-queries.server.ts';
import { generateBudgetCodes } from '#lib/modules/participation/commands/budget-codes.server.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	requireAccess(locals.actor);
	try {
		authorize(locals.actor, canManageParticipation(locals.actor));
		const ctx = await contextFor(locals);
		const round = await getRound(ctx.db, ctx.officeId, params.id);
		if (!round) error(404, 'error.404.text');
		const codes = await listBudgetCodes(ctx.db, round.id);
		const batches = new Map<string, { batch: string; total: number; used: number }>();
		for (const code of codes) {
			const entry = batches.get(code.batch) ?? { batch: code.batch, total: 0, used: 0 };
			entry.total++;
			if (code.usedAt) entry.used++;
			batches.set(code.batch, entry);
		}
		return {
			round: { id: round.id, title: round.title, requiresCode: round.requiresCode },
			batches: [...batches.values()],
			codes
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		requireAccess(locals.actor);
		authorize(locals.actor, canManageParticipation(locals.actor));
		const parsed = parseForm(budgetCodesInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			const { codes } = await generateBudgetCodes(await contextFor(locals), {
				roundId: params.id,
				input: parsed.data
			});
			return { generated: codes.length, batch: parsed.data.batch };
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
	}
};
