import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { failFromError, parseForm, rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { authorize, requireAccess } from '#lib/server/actor.ts';
import { setFlash } from '#lib/server/flash.ts';
import { canManageSurveys } from '#lib/modules/surveys/permissions.server.ts';
import { needsSummaryInput } from '#lib/modules/surveys/analysis/inputs.ts';
import { saveNeedsSummary } from '#lib/modules/surveys/analysis/commands/save-needs-summary.server.ts';
import {
	getNeedsSummary,
	listGoalChoices,
	listThemesOfYear
} from '#lib/modules/surveys/analysis/research-queries.server.ts';

function yearOf(param: string): number {
	const year = Number(param);
	if (!/^\d{4}$/.test(param) || year < 2000 || year > 2100) error(404, 'error.404.text');
	return year;
}

export const load: PageServerLoad = async ({ locals, params }) => {
	requireAccess(locals.actor);
	try {
		authorize(locals.actor, canManageSurveys(locals.actor));
		const ctx = await contextFor(locals);
		const year = yearOf(params.year);
		const [summary, goals, themes] = await Promise.all([
			getNeedsSummary(ctx.db, ctx.officeId, year),
			listGoalChoices(ctx.db, ctx.officeId),
			listThemesOfYear(ctx.db, ctx.officeId, year)
		]);
		return { year, summary, goals, themes };
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	save: async ({ request, locals, params, cookies }) => {
		requireAccess(locals.actor);
		const year = yearOf(params.year);
		const parsed = parseForm(needsSummaryInput, await request.formData(), ['goalIds']);
		if (!parsed.ok) return parsed.failure;
		try {
			await saveNeedsSummary(await contextFor(locals), { year, input: parsed.data });
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'surveys.research.saved');
		return { saved: true };
	}
};
