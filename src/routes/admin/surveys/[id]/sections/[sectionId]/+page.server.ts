import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { failFromError, parseForm, rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { getSurveyForAdmin } from '#lib/modules/surveys/queries.server.ts';
import { conditionChoiceOf, sectionInput } from '#lib/modules/surveys/inputs.ts';
import { conditionChoices } from '#lib/modules/surveys/components/condition-choices.ts';
import { updateSection } from '#lib/modules/surveys/commands/edit-sections.server.ts';
import { requireAccess } from '#lib/server/actor.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	requireAccess(locals.actor);
	let loaded;
	try {
		loaded = await getSurveyForAdmin(await contextFor(locals), params.id);
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
	const index = loaded.sections.findIndex((section) => section.id === params.sectionId);
	if (index < 0) error(404, 'error.404.text');
	const section = loaded.sections[index];
	return {
		survey: { id: loaded.survey.id, title: loaded.survey.title },
		number: index + 1,
		values: {
			title: section.title,
			titleEn: section.titleEn,
			description: section.description,
			descriptionEn: section.descriptionEn,
			condition: conditionChoiceOf(section.condition)
		} as Record<string, string>,
		choices: conditionChoices(loaded.sections.slice(0, index).flatMap((item) => item.questions))
	};
};

export const actions: Actions = {
	default: async ({ request, locals, params, cookies }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(sectionInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await updateSection(await contextFor(locals), {
				surveyId: params.id,
				sectionId: params.sectionId,
				input: parsed.data
			});
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'surveys.admin.saved');
		redirect(303, localizePath(`/admin/surveys/${params.id}`, locals.locale));
	}
};
