import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { failFromError, rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { setFlash } from '#lib/server/flash.ts';
import { isAppError } from '#lib/server/errors.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { getSurveyForAdmin } from '#lib/modules/surveys/queries.server.ts';
import { rawValuesOf } from '#lib/modules/surveys/answers.ts';
import { enterPaperResponse } from '#lib/modules/surveys/commands/enter-paper-response.server.ts';
import { requireAccess } from '#lib/server/actor.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	requireAccess(locals.actor);
	try {
		const { survey, sections } = await getSurveyForAdmin(await contextFor(locals), params.id);
		return {
			survey: { id: survey.id, title: survey.title, status: survey.status },
			sections: sections.map((section) => ({
				id: section.id,
				title: section.title,
				titleEn: section.titleEn,
				questions: section.questions
			}))
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	default: async ({ request, locals, params, cookies }) => {
		requireAccess(locals.actor);
		const raw = rawValuesOf(await request.formData());
		try {
			await enterPaperResponse(await contextFor(locals), { surveyId: params.id, raw });
		} catch (caught) {
			if (isAppError(caught) && caught.code === 'invalid') {
				return fail(400, { raw, errors: caught.fieldErrors, message: caught.messageKey });
			}
			return failFromError(caught, {});
		}
		setFlash(cookies, 'surveys.entry.saved');
		redirect(303, localizePath(`/admin/surveys/${params.id}/entry`, locals.locale));
	}
};
