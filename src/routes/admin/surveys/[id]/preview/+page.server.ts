// Answer the survey as a respondent would, page by page, without saving anything: the answers so
// far travel in a hidden field, and the same paging and condition code as the public page runs.
import type { Actions, PageServerLoad } from './$types';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { getSurveyForAdmin, type SectionWithQuestions } from '#lib/modules/surveys/queries.server.ts';
import { answersToRaw, rawValuesOf, type Answers } from '#lib/modules/surveys/answers.ts';
import { nextSectionIndex, previousSectionIndex, visibleStructure } from '#lib/modules/surveys/conditions.ts';
import { applyPage, consentGiven, questionsOnPage } from '#lib/modules/surveys/paging.ts';
import { requireAccess } from '#lib/server/actor.ts';

interface PreviewState {
	answers: Answers;
	index: number;
	consent: boolean;
	done: boolean;
}

function viewOf(structure: SectionWithQuestions[], state: PreviewState) {
	const visible = visibleStructure(structure, state.answers);
	const section = structure[state.index] ?? structure[0];
	const questions = questionsOnPage(structure, state.index, state.answers);
	const position = visible.findIndex((entry) => entry.index === state.index);
	return {
		section: {
			title: section.title,
			titleEn: section.titleEn,
			description: section.description,
			descriptionEn: section.descriptionEn
		},
		questions,
		values: answersToRaw(questions, state.answers),
		canGoBack: position > 0,
		isLast: nextSectionIndex(structure, state.answers, state.index) === null,
		page: position + 1,
		pages: visible.length
	};
}

function readState(text: string, sections: number): PreviewState {
	try {
		const parsed = JSON.parse(text) as Partial<PreviewState>;
		const index = Number(parsed.index);
		return {
			answers: parsed.answers && typeof parsed.answers === 'object' ? parsed.answers : {},
			index: Number.isInteger(index) && index >= 0 && index < sections ? index : 0,
			consent: parsed.consent === true,
			done: false
		};
	} catch {
		return { answers: {}, index: 0, consent: false, done: false };
	}
}

async function loadSurvey(locals: App.Locals, surveyId: string) {
	try {
		return await getSurveyForAdmin(await contextFor(locals), surveyId);
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
}

export const load: PageServerLoad = async ({ locals, params }) => {
	requireAccess(locals.actor);
	const { survey, sections } = await loadSurvey(locals, params.id);
	const state: PreviewState = {
		answers: {},
		index: nextSectionIndex(sections, {}, -1) ?? 0,
		consent: false,
		done: false
	};
	return {
		survey: {
			id: survey.id,
			title: survey.title,
			titleEn: survey.titleEn,
			consentText: survey.sensitiveConsentText,
			consentTextEn: survey.sensitiveConsentTextEn
		},
		state,
		view: sections.length > 0 ? viewOf(sections, state) : null
	};
};

export const actions: Actions = {
	page: async ({ request, locals, params }) => {
		requireAccess(locals.actor);
		const { sections } = await loadSurvey(locals, params.id);
		const raw = rawValuesOf(await request.formData());
		const state = readState(raw.state?.[0] ?? '', sections.length);
		const consent = consentGiven(raw) || (state.consent && !('sensitive_consent_shown' in raw));
		const direction = raw.direction?.[0] === 'back' ? 'back' : 'next';
		const displayedKeys = (raw.displayed?.[0] ?? '').split(',').filter(Boolean);
		const applied = applyPage(sections, state.index, raw, state.answers, {
			consent,
			displayedKeys: direction === 'next' ? displayedKeys : null
		});
		const next: PreviewState = { answers: applied.answers, index: state.index, consent, done: false };
		let errors: Record<string, string> = {};
		let notice: string | null = null;
		if (direction === 'back') {
			next.index = previousSectionIndex(sections, applied.answers, state.index) ?? state.index;
		} else if (applied.hasNewQuestions) {
			notice = 'surveys.respond.moreQuestions';
		} else if (Object.keys(applied.errors).length > 0) {
			errors = applied.errors;
		} else {
			const following = nextSectionIndex(sections, applied.answers, state.index);
			if (following === null) next.done = true;
			else next.index = following;
		}
		const view = viewOf(sections, next);
		return { state: next, view: Object.keys(errors).length > 0 ? { ...view, values: raw } : view, errors, notice };
	}
};
