// Staff reads of a survey's results. Reads that show answers one respondent at a time (open answers)
// are written to the audit log, as every staff read of personal lists is.
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { recordAudit } from '../../../server/audit.ts';
import { canManageSurveys } from '../permissions.server.ts';
import { getSurveyForAnalysis, listOpenAnswers, type AnalysisSurvey } from './queries.server.ts';

/** The survey for its results pages, for staff who analyse answers; 404 when not this office's. */
export async function requireSurveyForAnalysis(ctx: Context, surveyId: string): Promise<AnalysisSurvey> {
	authorize(ctx.actor, canManageSurveys(ctx.actor));
	const survey = await getSurveyForAnalysis(ctx.db, ctx.officeId, surveyId);
	if (!survey) throw new AppError('not_found', 'error.404.text');
	return survey;
}

/** A page of open answers for staff, with the read written to the audit log. */
export async function readOpenAnswers(
	ctx: Context,
	survey: AnalysisSurvey,
	questionKey: string,
	options: Parameters<typeof listOpenAnswers>[3]
): ReturnType<typeof listOpenAnswers> {
	authorize(ctx.actor, canManageSurveys(ctx.actor));
	const page = await listOpenAnswers(ctx.db, survey, questionKey, options);
	await recordAudit(ctx.db, {
		officeId: ctx.officeId,
		actor: ctx.actor,
		action: 'surveys.openAnswers.viewed',
		entityType: 'survey',
		entityId: survey.id,
		details: { questionKey, page: page.page, shown: page.answers.length, search: options.search ? true : undefined }
	});
	return page;
}
