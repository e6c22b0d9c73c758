import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { failFromError, parseForm, rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { setFlash } from '#lib/server/flash.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { toBelgradeDateTime } from '#lib/i18n/office-time.ts';
import { availabilityOf, getSurveyForAdmin } from '#lib/modules/surveys/queries.server.ts';
import {
	conditionChoiceOf,
	copyInput,
	newQuestionInput,
	sectionInput,
	surveyInput
} from '#lib/modules/surveys/inputs.ts';
import { conditionChoices } from '#lib/modules/surveys/components/condition-choices.ts';
import { updateSurvey } from '#lib/modules/surveys/commands/update-survey.server.ts';
import {
	changeSurveyStatus,
	SURVEY_STATUS_ACTIONS,
	type SurveyStatusAction
} from '#lib/modules/surveys/commands/change-survey-status.server.ts';
import { copySurvey } from '#lib/modules/surveys/commands/copy-survey.server.ts';
import { addSection, deleteSection, moveSection } from '#lib/modules/surveys/commands/edit-sections.server.ts';
import {
	addQuestion,
	deleteQuestion,
	insertDemographicsBlock,
	moveQuestion
} from '#lib/modules/surveys/commands/edit-questions.server.ts';
import { requireAccess } from '#lib/server/actor.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireAccess(locals.actor);
	try {
		const { survey, sections, responses, complete } = await getSurveyForAdmin(await contextFor(locals), params.id);
		const questions = sections.flatMap((section) => section.questions);
		return {
			/** The page (section) new questions go to: the one the staff member came from. */
			addToSection: url.searchParams.get('section'),
			survey: {
				id: survey.id,
				slug: survey.slug,
				title: survey.title,
				year: survey.year,
				status: survey.status,
				targetResponses: survey.targetResponses,
				resultsPublic: survey.resultsPublic,
				availability: availabilityOf(survey, new Date())
			},
			values: {
				title: survey.title,
				titleEn: survey.titleEn,
				slug: survey.slug,
				year: String(survey.year),
				introduction: survey.introduction,
				introductionEn: survey.introductionEn,
				thanks: survey.thanks,
				thanksEn: survey.thanksEn,
				opensAt: toBelgradeDateTime(survey.opensAt),
				closesAt: toBelgradeDateTime(survey.closesAt),
				targetResponses: survey.targetResponses === null ? '' : String(survey.targetResponses),
				parentalConsent: survey.parentalConsent,
				sensitiveConsentText: survey.sensitiveConsentText,
				sensitiveConsentTextEn: survey.sensitiveConsentTextEn
			} as Record<string, string>,
			sections: sections.map((section) => ({
				id: section.id,
				title: section.title,
				condition: conditionChoiceOf(section.condition),
				questions: section.questions.map((question) => ({
					id: question.id,
					key: question.key,
					kind: question.kind,
					prompt: question.prompt,
					isRequired: question.isRequired,
					isSensitive: question.isSensitive,
					demographic: question.demographic,
					condition: conditionChoiceOf(question.condition)
				}))
			})),
			choices: conditionChoices(questions),
			responses,
			complete
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

/** The id sent by a row's form, for commands that check it belongs to this survey. */
const idOf = (formData: FormData, name: string) => String(formData.get(name) ?? '');
const directionOf = (formData: FormData) => (formData.get('direction') === 'up' ? 'up' : 'down');

export const actions: Actions = {
	settings: async ({ request, locals, params }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(surveyInput, await request.formData());
		if (!parsed.ok) return fail(400, { ...parsed.failure.data, part: 'settings' });
		try {
			await updateSurvey(await contextFor(locals), { surveyId: params.id, input: parsed.data });
		} catch (caught) {
			const failure = failFromError(caught, parsed.values);
			return fail(failure.status, { ...failure.data, part: 'settings' });
		}
		return { saved: 'surveys.admin.saved', part: 'settings' };
	},
	status: async ({ request, locals, params }) => {
		requireAccess(locals.actor);
		const formData = await request.formData();
		const action = String(formData.get('action') ?? '') as SurveyStatusAction;
		if (!SURVEY_STATUS_ACTIONS.includes(action)) return fail(400, { message: 'validation.invalid' });
		try {
			await changeSurveyStatus(await contextFor(locals), {
				surveyId: params.id,
				action,
				allowEmptyPages: formData.get('allowEmptyPages') === 'yes'
			});
		} catch (caught) {
			const failure = failFromError(caught, {});
			// The warning about empty pages comes back with a way to publish anyway.
			return fail(failure.status, { ...failure.data, emptyPagesWarning: !!failure.data.errors?.pages });
		}
		const done = { publish: 'published', close: 'closed', archive: 'archived', unpublish: 'unpublished' } as const;
		return { saved: `surveys.action.${done[action]}` };
	},
	copy: async ({ request, locals, params, cookies }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(copyInput, await request.formData());
		if (!parsed.ok) return fail(400, { ...parsed.failure.data, part: 'copy' });
		let surveyId: string;
		try {
			({ surveyId } = await copySurvey(await contextFor(locals), { surveyId: params.id, year: parsed.data.year }));
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'surveys.action.copied');
		redirect(303, localizePath(`/admin/surveys/${surveyId}`, locals.locale));
	},
	addSection: async ({ request, locals, params }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(sectionInput, await request.formData());
		if (!parsed.ok) return fail(400, { ...parsed.failure.data, part: 'section' });
		try {
			await addSection(await contextFor(locals), { surveyId: params.id, input: parsed.data });
		} catch (caught) {
			const failure = failFromError(caught, parsed.values);
			return fail(failure.status, { ...failure.data, part: 'section' });
		}
		return { saved: 'surveys.section.added' };
	},
	moveSection: async ({ request, locals, params }) => {
		requireAccess(locals.actor);
		const formData = await request.formData();
		try {
			await moveSection(await contextFor(locals), {
				surveyId: params.id,
				sectionId: idOf(formData, 'sectionId'),
				direction: directionOf(formData)
			});
		} catch (caught) {
			return failFromError(caught, {});
		}
		return { saved: 'surveys.moved' };
	},
	deleteSection: async ({ request, locals, params }) => {
		requireAccess(locals.actor);
		const formData = await request.formData();
		try {
			await deleteSection(await contextFor(locals), { surveyId: params.id, sectionId: idOf(formData, 'sectionId') });
		} catch (caught) {
			return failFromError(caught, {});
		}
		return { saved: 'surveys.section.deleted' };
	},
	addQuestion: async ({ request, locals, params, cookies }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(newQuestionInput, await request.formData());
		if (!parsed.ok) return fail(400, { ...parsed.failure.data, part: 'question' });
		let questionId: string;
		try {
			({ questionId } = await addQuestion(await contextFor(locals), { surveyId: params.id, input: parsed.data }));
		} catch (caught) {
			const failure = failFromError(caught, parsed.values);
			return fail(failure.status, { ...failure.data, part: 'question' });
		}
		setFlash(cookies, 'surveys.question.added');
		redirect(303, localizePath(`/admin/surveys/${params.id}/questions/${questionId}`, locals.locale));
	},
	moveQuestion: async ({ request, locals, params }) => {
		requireAccess(locals.actor);
		const formData = await request.formData();
		try {
			await moveQuestion(await contextFor(locals), {
				surveyId: params.id,
				questionId: idOf(formData, 'questionId'),
				direction: directionOf(formData)
			});
		} catch (caught) {
			return failFromError(caught, {});
		}
		return { saved: 'surveys.moved' };
	},
	deleteQuestion: async ({ request, locals, params }) => {
		requireAccess(locals.actor);
		const formData = await request.formData();
		try {
			await deleteQuestion(await contextFor(locals), { surveyId: params.id, questionId: idOf(formData, 'questionId') });
		} catch (caught) {
			return failFromError(caught, {});
		}
		return { saved: 'surveys.question.deleted' };
	},
	demographics: async ({ locals, params }) => {
		requireAccess(locals.actor);
		try {
			await insertDemographicsBlock(await contextFor(locals), { surveyId: params.id });
		} catch (caught) {
			return failFromError(caught, {});
		}
		return { saved: 'surveys.demographics.inserted' };
	}
};
