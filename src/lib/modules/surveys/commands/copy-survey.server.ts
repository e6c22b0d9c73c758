import { surveys } from '../schema.ts';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { freeSlugIn } from '../../../server/slugs.ts';
import { canManageSurveys } from '../permissions.server.ts';
import { getSurveyStructure } from '../queries.server.ts';
import { insertSections, surveyOfOffice } from './shared.server.ts';

/**
 * Copies a survey (e.g. last year's) as a new draft for `year`: same pages, questions and keys, so
 * the years can be compared; no dates, answers or codes are copied. A year in the title moves on.
 */
export async function copySurvey(
	ctx: Context,
	options: { surveyId: string; year?: number }
): Promise<{ surveyId: string }> {
	authorize(ctx.actor, canManageSurveys(ctx.actor));
	const actor = ctx.actor;
	return ctx.db.transaction(async (tx) => {
		const source = await surveyOfOffice(tx, ctx.officeId, options.surveyId);
		const year = options.year ?? source.year + 1;
		const moveYear = (text: string) => text.split(String(source.year)).join(String(year));
		const title = moveYear(source.title);
		const slug = await freeSlugIn(tx, surveys, ctx.officeId, moveYear(source.slug) || title, 'anketa');
		const [copy] = await tx
			.insert(surveys)
			.values({
				officeId: ctx.officeId,
				slug,
				title,
				titleEn: moveYear(source.titleEn),
				introduction: source.introduction,
				introductionEn: source.introductionEn,
				thanks: source.thanks,
				thanksEn: source.thanksEn,
				year,
				status: 'draft',
				targetResponses: source.targetResponses,
				parentalConsent: source.parentalConsent,
				sensitiveConsentText: source.sensitiveConsentText,
				sensitiveConsentTextEn: source.sensitiveConsentTextEn,
				copiedFromId: source.id,
				createdBy: actor.userId
			})
			.returning({ id: surveys.id });
		const structure = await getSurveyStructure(tx, source.id);
		await insertSections(
			tx,
			ctx.officeId,
			copy.id,
			structure.map((section) => ({
				...section,
				questions: section.questions.map((question) =>
					// Birth-year bounds follow the year, so the same ages are asked.
					question.demographic === 'birth_year'
						? {
								...question,
								minValue: question.minValue === null ? null : question.minValue + (year - source.year),
								maxValue: question.maxValue === null ? null : question.maxValue + (year - source.year)
							}
						: question
				)
			}))
		);
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'surveys.survey_copied',
			entityType: 'survey',
			entityId: copy.id,
			details: { from: source.id, year }
		});
		return { surveyId: copy.id };
	});
}
