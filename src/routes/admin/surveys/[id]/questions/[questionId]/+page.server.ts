import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { failFromError, parseForm, rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { answeredKeys, getSurveyForAdmin } from '#lib/modules/surveys/queries.server.ts';
import { conditionChoiceOf, questionInput } from '#lib/modules/surveys/inputs.ts';
import { conditionChoices } from '#lib/modules/surveys/components/condition-choices.ts';
import { optionLinesText } from '#lib/modules/surveys/keys.ts';
import { updateQuestion } from '#lib/modules/surveys/commands/edit-questions.server.ts';
import { requireAccess } from '#lib/server/actor.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	requireAccess(locals.actor);
	let loaded;
	try {
		const ctx = await contextFor(locals);
		loaded = await getSurveyForAdmin(ctx, params.id);
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
	const { survey, sections } = loaded;
	const all = sections.flatMap((section) => section.questions);
	const index = all.findIndex((question) => question.id === params.questionId);
	if (index < 0) error(404, 'error.404.text');
	const question = all[index];
	const { db } = await contextFor(locals);
	const hasAnswers = (await answeredKeys(db, survey.id, [question.key])).size > 0;
	const scale = question.scale ?? { min: 1, max: 5, minLabel: '', minLabelEn: '', maxLabel: '', maxLabelEn: '' };
	return {
		survey: { id: survey.id, title: survey.title },
		question: { id: question.id, kind: question.kind, demographic: question.demographic },
		hasAnswers,
		values: {
			prompt: question.prompt,
			promptEn: question.promptEn,
			key: question.key,
			kind: question.kind,
			help: question.help,
			helpEn: question.helpEn,
			isRequired: question.isRequired ? 'yes' : '',
			isRandomised: question.isRandomised ? 'yes' : '',
			allowsOther: question.allowsOther ? 'yes' : '',
			isSensitive: question.isSensitive ? 'yes' : '',
			options: optionLinesText(question.options),
			statements: optionLinesText(question.statements),
			scaleMin: String(scale.min),
			scaleMax: String(scale.max),
			scaleMinLabel: scale.minLabel,
			scaleMinLabelEn: scale.minLabelEn,
			scaleMaxLabel: scale.maxLabel,
			scaleMaxLabelEn: scale.maxLabelEn,
			minValue: question.minValue === null ? '' : String(question.minValue),
			maxValue: question.maxValue === null ? '' : String(question.maxValue),
			maxChoices: question.maxChoices === null ? '' : String(question.maxChoices),
			condition: conditionChoiceOf(question.condition)
		} as Record<string, string>,
		choices: conditionChoices(all.slice(0, index))
	};
};

export const actions: Actions = {
	default: async ({ request, locals, params, cookies }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(questionInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await updateQuestion(await contextFor(locals), {
				surveyId: params.id,
				questionId: params.questionId,
				input: parsed.data
			});
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'surveys.admin.saved');
		redirect(303, localizePath(`/admin/surveys/${params.id}`, locals.locale));
	}
};
