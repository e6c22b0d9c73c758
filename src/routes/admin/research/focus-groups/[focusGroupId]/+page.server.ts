import { error } from '@sveltejs/kit';
import * as v from 'valibot';
import type { Actions, PageServerLoad } from './$types';
import { failFromError, parseForm, rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { authorize, requireAccess } from '#lib/server/actor.ts';
import { setFlash } from '#lib/server/flash.ts';
import { canManageSurveys } from '#lib/modules/surveys/permissions.server.ts';
import { focusGroupInput, focusGroupThemeInput } from '#lib/modules/surveys/analysis/inputs.ts';
import { saveFocusGroup, setFocusGroupTheme } from '#lib/modules/surveys/analysis/commands/save-focus-group.server.ts';
import { getFocusGroup } from '#lib/modules/surveys/analysis/research-queries.server.ts';
import { listResearchThemes } from '#lib/modules/surveys/analysis/queries.server.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	requireAccess(locals.actor);
	try {
		authorize(locals.actor, canManageSurveys(locals.actor));
		const ctx = await contextFor(locals);
		const group = await getFocusGroup(ctx.db, ctx.officeId, params.focusGroupId);
		if (!group) error(404, 'error.404.text');
		return { group, themes: await listResearchThemes(ctx.db, ctx.officeId) };
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	save: async ({ request, locals, params, cookies }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(focusGroupInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await saveFocusGroup(await contextFor(locals), { id: params.focusGroupId, input: parsed.data });
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'surveys.research.saved');
		return { saved: true };
	},
	theme: async ({ request, locals, params }) => {
		requireAccess(locals.actor);
		const formData = await request.formData();
		const parsed = parseForm(focusGroupThemeInput, formData);
		if (!parsed.ok) return parsed.failure;
		try {
			await setFocusGroupTheme(await contextFor(locals), {
				focusGroupId: params.focusGroupId,
				themeId: parsed.data.themeId,
				note: parsed.data.note,
				remove: v.is(v.literal('1'), formData.get('remove'))
			});
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		return { themeSaved: true };
	}
};
