import { surveyResponses } from '../schema.ts';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import { canManageSurveys } from '../permissions.server.ts';
import { getSurveyStructure, listSettlements } from '../queries.server.ts';
import type { Answers, RawValues } from '../answers.ts';
import { applyPage, completeAnswers, consentGiven, demographicsOf } from '../paging.ts';
import { surveyOfOffice } from './shared.server.ts';

/**
 * Types in one paper questionnaire: every page at once, with the same checks and conditions as
 * online. Complete on save; source `paper`, the staff member recorded, audited.
 */
export async function enterPaperResponse(
	ctx: Context,
	options: { surveyId: string; raw: RawValues; now?: Date }
): Promise<{ responseId: string }> {
	authorize(ctx.actor, canManageSurveys(ctx.actor));
	const actor = ctx.actor;
	const now = options.now ?? new Date();
	return ctx.db.transaction(async (tx) => {
		const survey = await surveyOfOffice(tx, ctx.officeId, options.surveyId);
		if (survey.status === 'draft') throw new AppError('conflict', 'surveys.entry.draft');
		// A paper questionnaire may have blanks: what is written is checked, nothing is required.
		const structure = (await getSurveyStructure(tx, survey.id)).map((section) => ({
			...section,
			questions: section.questions.map((question) => ({ ...question, isRequired: false }))
		}));
		const consent = consentGiven(options.raw);
		let answers: Answers = {};
		const errors: Record<string, string> = {};
		for (const index of structure.keys()) {
			const applied = applyPage(structure, index, options.raw, answers, { consent, displayedKeys: null });
			answers = applied.answers;
			Object.assign(errors, applied.errors);
		}
		if (Object.keys(errors).length > 0) throw new AppError('invalid', 'common.formHasErrors', errors);
		const final = completeAnswers(structure, answers, consent);
		const settlements = await listSettlements(tx, ctx.officeId);
		const [response] = await tx
			.insert(surveyResponses)
			.values({
				officeId: ctx.officeId,
				surveyId: survey.id,
				source: 'paper',
				enteredBy: actor.userId,
				answers: final.answers,
				sensitiveAnswers: final.sensitiveAnswers,
				sensitiveConsent: consent,
				isComplete: true,
				startedAt: now,
				submittedAt: now,
				...demographicsOf(structure, final.answers, settlements, survey.year)
			})
			.returning({ id: surveyResponses.id });
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'surveys.paper_entered',
			entityType: 'survey_response',
			entityId: response.id,
			details: { surveyId: survey.id }
		});
		return { responseId: response.id };
	});
}
