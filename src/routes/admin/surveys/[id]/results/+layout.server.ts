import type { LayoutServerLoad } from './$types';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { requireSurveyForAnalysis } from '#lib/modules/surveys/analysis/staff-reads.server.ts';
import { canReadSensitiveAnswers } from '#lib/modules/surveys/permissions.server.ts';
import { requireAccess } from '#lib/server/actor.ts';

export const load: LayoutServerLoad = async ({ locals, params }) => {
	requireAccess(locals.actor);
	try {
		const survey = await requireSurveyForAnalysis(await contextFor(locals), params.id);
		return {
			resultsSurvey: {
				id: survey.id,
				title: survey.title,
				titleEn: survey.titleEn,
				slug: survey.slug,
				year: survey.year
			},
			settlements: survey.questions.find((question) => question.demographic === 'settlement')?.options ?? [],
			canReadSensitive: canReadSensitiveAnswers(locals.actor),
			hasSensitive: survey.questions.some((question) => question.isSensitive)
		};
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
