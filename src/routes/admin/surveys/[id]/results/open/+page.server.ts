import type { Actions, PageServerLoad } from './$types';
import { failFromError, parseForm, rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { setFlash } from '#lib/server/flash.ts';
import { readOpenAnswers, requireSurveyForAnalysis } from '#lib/modules/surveys/analysis/staff-reads.server.ts';
import {
	TEXT_KINDS,
	countThemesForQuestion,
	listResearchThemes
} from '#lib/modules/surveys/analysis/queries.server.ts';
import { codeAnswersInput, themeInput } from '#lib/modules/surveys/analysis/inputs.ts';
import { createResearchTheme } from '#lib/modules/surveys/analysis/commands/create-theme.server.ts';
import { codeAnswers } from '#lib/modules/surveys/analysis/commands/code-answers.server.ts';
import { pageParameter } from '#lib/server/request-guard.ts';
import { requireAccess } from '#lib/server/actor.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireAccess(locals.actor);
	try {
		const ctx = await contextFor(locals);
		const survey = await requireSurveyForAnalysis(ctx, params.id);
		const openQuestions = survey.questions.filter(
			(question) => TEXT_KINDS.includes(question.kind) && !question.isSensitive
		);
		const question = openQuestions.find((entry) => entry.key === url.searchParams.get('question')) ?? openQuestions[0];
		const search = (url.searchParams.get('search') ?? '').slice(0, 100);
		const themeId = url.searchParams.get('theme') || null;
		const uncodedOnly = url.searchParams.get('uncoded') === '1';
		const pageNumber = pageParameter(url);
		const [themes, answers, themeCounts] = await Promise.all([
			listResearchThemes(ctx.db, ctx.officeId),
			question
				? readOpenAnswers(ctx, survey, question.key, { search, themeId, uncodedOnly, page: pageNumber })
				: Promise.resolve(null),
			question ? countThemesForQuestion(ctx.db, survey, question.key) : Promise.resolve([])
		]);
		return {
			openQuestions: openQuestions.map((entry) => ({ key: entry.key, prompt: entry.prompt, promptEn: entry.promptEn })),
			questionKey: question?.key ?? null,
			search,
			themeId,
			uncodedOnly,
			themes,
			answers,
			themeCounts
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};

export const actions: Actions = {
	createTheme: async ({ request, locals, cookies }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(themeInput, await request.formData());
		if (!parsed.ok) return parsed.failure;
		try {
			await createResearchTheme(await contextFor(locals), parsed.data);
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
		setFlash(cookies, 'surveys.coding.themeCreated');
		return { created: true };
	},
	code: async ({ request, locals, params }) => {
		requireAccess(locals.actor);
		const parsed = parseForm(codeAnswersInput, await request.formData(), ['responseIds']);
		if (!parsed.ok) return parsed.failure;
		try {
			const { changed } = await codeAnswers(await contextFor(locals), { surveyId: params.id, ...parsed.data });
			return { coded: changed };
		} catch (caught) {
			return failFromError(caught, parsed.values);
		}
	}
};
