import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { contextFor } from '#lib/server/request-context.ts';
import { failFromError, parseForm } from '#lib/server/forms.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { surveyInput } from '#lib/modules/surveys/inputs.ts';
import { createSurvey } from '#lib/modules/surveys/commands/create-survey.server.ts';
import { DEFAULT_SENSITIVE_CONSENT } from '#lib/modules/surveys/demographics-block.ts';
import { requireAccess } from '#lib/server/actor.ts';

export const load: PageServerLoad = async ({ locals }) => {
	requireAccess(locals.actor);
	return {
		values: {
			year: String(new Date().getFullYear()),
			parentalConsent: 'confirm',
			sensitiveConsentText: DEFAULT_SENSITIVE_CONSENT.text,
			sensitiveConsentTextEn: DEFAULT_SENSITIVE_CONSENT.textEn
		} as Record<string, string>
	};
};

export const actions: Actions = {
	default: async ({ request, locals, cookies }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(surveyInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		let surveyId: string;
		try {
			({ surveyId } = await createSurvey(await contextFor(locals), parsed.data));
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'surveys.admin.created');
		redirect(303, localizePath(`/admin/surveys/${surveyId}`, locals.locale));
	}
};
