import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { failFromError, parseForm } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { authorize, requireAccess } from '#lib/server/actor.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { canManageSurveys } from '#lib/modules/surveys/permissions.server.ts';
import { focusGroupInput } from '#lib/modules/surveys/analysis/inputs.ts';
import { saveFocusGroup } from '#lib/modules/surveys/analysis/commands/save-focus-group.server.ts';

export const load: PageServerLoad = ({ locals }) => {
	requireAccess(locals.actor);
	authorize(locals.actor, canManageSurveys(locals.actor));
	return {};
};

export const actions: Actions = {
	save: async ({ request, locals, cookies }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(focusGroupInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		let id: string;
		try {
			({ id } = await saveFocusGroup(await contextFor(locals), { id: null, input: parsed.data }));
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'surveys.research.saved');
		redirect(303, localizePath(`/admin/research/focus-groups/${id}`, locals.locale));
	}
};
