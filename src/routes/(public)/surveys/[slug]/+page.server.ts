import { error, fail, redirect, type Cookies } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { isAppError } from '#lib/server/errors.ts';
import { failFromError } from '#lib/server/forms.ts';
import { availabilityOf, getSurveyBySlug, getSurveyStructure } from '#lib/modules/surveys/queries.server.ts';
import {
	confirmParentalConsent,
	findResponseByToken,
	needsParentalConsent,
	saveResponsePage,
	startResponse
} from '#lib/modules/surveys/commands/respond.server.ts';
import { answersToRaw, rawValuesOf } from '#lib/modules/surveys/answers.ts';
import { isUnder15, questionsOnPage } from '#lib/modules/surveys/paging.ts';
import { nextSectionIndex, visibleStructure } from '#lib/modules/surveys/conditions.ts';

/** One cookie per survey: a random token whose SHA-256 is the response's `token_hash`. */
const cookieName = (surveyId: string) => `kzm_survey_${surveyId.replace(/-/g, '')}`;
const YEAR = 365 * 24 * 60 * 60;

function setToken(cookies: Cookies, surveyId: string, token: string): void {
	cookies.set(cookieName(surveyId), token, { path: '/', httpOnly: true, sameSite: 'lax', maxAge: YEAR });
}

async function loadSurvey(locals: App.Locals, slug: string) {
	const { db } = await getRuntime();
	const survey = locals.office ? await getSurveyBySlug(db, locals.office.id, slug) : null;
	// A draft is nobody's business yet: the same page as an address that does not exist.
	if (!survey || survey.status === 'draft') error(404, 'error.404.text');
	return { db, survey };
}

export const load: PageServerLoad = async ({ locals, params, cookies, url }) => {
	const { db, survey } = await loadSurvey(locals, params.slug);
	const availability = availabilityOf(survey, new Date());
	const response = await findResponseByToken(db, survey.id, cookies.get(cookieName(survey.id)));
	const base = {
		survey: {
			slug: survey.slug,
			title: survey.title,
			titleEn: survey.titleEn,
			introduction: survey.introduction,
			introductionEn: survey.introductionEn,
			thanks: survey.thanks,
			thanksEn: survey.thanksEn,
			opensAt: survey.opensAt,
			resultsPublic: survey.resultsPublic,
			parentalConsent: survey.parentalConsent
		},
		availability
	};
	if (response?.isComplete)
		return { ...base, state: url.searchParams.has('done') ? ('thanks' as const) : ('answered' as const) };
	if (availability !== 'open') return { ...base, state: 'closed' as const };
	if (!response) return { ...base, state: 'intro' as const, code: (url.searchParams.get('code') ?? '').slice(0, 20) };
	const structure = await getSurveyStructure(db, survey.id);
	const answers = { ...response.answers, ...response.sensitiveAnswers };
	const under15 = isUnder15(structure, answers, survey.year);
	if (needsParentalConsent(survey, response, structure)) return { ...base, state: 'parent' as const };
	let index = response.currentSection;
	if (questionsOnPage(structure, index, answers).length === 0)
		index = nextSectionIndex(structure, answers, index) ?? index;
	const visible = visibleStructure(structure, answers);
	const position = visible.findIndex((entry) => entry.index === index);
	const section = structure[index];
	const questions = questionsOnPage(structure, index, answers);
	return {
		...base,
		state: 'page' as const,
		seed: response.id,
		section: {
			title: section.title,
			titleEn: section.titleEn,
			description: section.description,
			descriptionEn: section.descriptionEn
		},
		questions,
		values: answersToRaw(questions, answers),
		consentText:
			locals.locale === 'en' && survey.sensitiveConsentTextEn
				? survey.sensitiveConsentTextEn
				: survey.sensitiveConsentText,
		consentChecked: response.sensitiveConsent,
		canGoBack: position > 0,
		isLast: nextSectionIndex(structure, answers, index) === null,
		page: position + 1,
		pages: visible.length,
		askParent: under15
	};
};

export const actions: Actions = {
	start: async ({ request, locals, params, cookies, getClientAddress, url }) => {
		const { db, survey } = await loadSurvey(locals, params.slug);
		const code = String((await request.formData()).get('code') ?? '');
		try {
			const { token } = await startResponse(db, { survey, code, clientAddress: getClientAddress() });
			setToken(cookies, survey.id, token);
		} catch (caught) {
			if (isAppError(caught) && caught.code === 'conflict' && !caught.fieldErrors.code) redirect(303, url.pathname);
			return failFromError(caught, { code });
		}
		redirect(303, url.pathname);
	},
	page: async ({ request, locals, params, cookies, getClientAddress, url }) => {
		const { db, survey } = await loadSurvey(locals, params.slug);
		const response = await findResponseByToken(db, survey.id, cookies.get(cookieName(survey.id)));
		if (!response) redirect(303, url.pathname);
		const raw = rawValuesOf(await request.formData());
		const direction = raw.direction?.[0] === 'back' ? 'back' : 'next';
		const displayedKeys = (raw.displayed?.[0] ?? '').split(',').filter(Boolean);
		let result;
		try {
			result = await saveResponsePage(db, {
				survey,
				response,
				raw,
				direction,
				displayedKeys,
				clientAddress: getClientAddress()
			});
		} catch (caught) {
			if (isAppError(caught) && caught.code === 'conflict') redirect(303, url.pathname);
			return failFromError(caught, {});
		}
		if (result.kind === 'invalid') {
			return fail(400, { raw, errors: result.errors, message: 'common.formHasErrors' });
		}
		if (result.kind === 'more') return { raw, notice: 'surveys.respond.moreQuestions' };
		redirect(303, result.kind === 'complete' ? `${url.pathname}?done=1` : url.pathname);
	},
	parent: async ({ request, locals, params, cookies, url }) => {
		const { db, survey } = await loadSurvey(locals, params.slug);
		const response = await findResponseByToken(db, survey.id, cookies.get(cookieName(survey.id)));
		if (!response) redirect(303, url.pathname);
		const formData = await request.formData();
		const values = {
			parentalConsent: String(formData.get('parentalConsent') ?? ''),
			parentEmail: String(formData.get('parentEmail') ?? '')
		};
		try {
			await confirmParentalConsent(db, {
				survey,
				response,
				confirmed: values.parentalConsent === 'yes',
				parentEmail: values.parentEmail
			});
		} catch (caught) {
			if (isAppError(caught) && caught.code === 'conflict') redirect(303, url.pathname);
			return failFromError(caught, values);
		}
		redirect(303, url.pathname);
	}
};
