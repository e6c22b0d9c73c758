import { and, eq, inArray, sql } from 'drizzle-orm';
import * as v from 'valibot';
import { authorize, type Context } from '../../../../server/actor.ts';
import { AppError } from '../../../../server/errors.ts';
import { recordAudit } from '../../../../server/audit.ts';
import { researchThemes, surveyAnswerThemes, surveyQuestions, surveyResponses, surveys } from '../../schema.ts';
import { canManageSurveys } from '../../permissions.server.ts';
import type { codeAnswersInput } from '../inputs.ts';

/**
 * Tags the chosen answers of an open question with a theme (or takes the theme off them). Answers
 * that are empty or belong to another survey are refused as a whole, so a batch lands or does not.
 */
export async function codeAnswers(
	ctx: Context,
	options: { surveyId: string } & v.InferOutput<typeof codeAnswersInput>
): Promise<{ changed: number }> {
	authorize(ctx.actor, canManageSurveys(ctx.actor));
	const actor = ctx.actor;
	return ctx.db.transaction(async (tx) => {
		const [question] = await tx
			.select({ key: surveyQuestions.key, kind: surveyQuestions.kind, isSensitive: surveyQuestions.isSensitive })
			.from(surveyQuestions)
			.innerJoin(surveys, eq(surveys.id, surveyQuestions.surveyId))
			.where(
				and(
					eq(surveys.officeId, ctx.officeId),
					eq(surveys.id, options.surveyId),
					eq(surveyQuestions.key, options.questionKey)
				)
			);
		if (!question || question.isSensitive || (question.kind !== 'short_text' && question.kind !== 'long_text'))
			throw new AppError('not_found', 'error.404.text');
		const [theme] = await tx
			.select({ id: researchThemes.id })
			.from(researchThemes)
			.where(and(eq(researchThemes.officeId, ctx.officeId), eq(researchThemes.id, options.themeId)));
		if (!theme) throw new AppError('invalid', 'surveys.coding.error.theme', { themeId: 'surveys.coding.error.theme' });
		const ids = [...new Set(options.responseIds)];
		const found = await tx
			.select({ id: surveyResponses.id })
			.from(surveyResponses)
			.where(
				and(
					eq(surveyResponses.officeId, ctx.officeId),
					eq(surveyResponses.surveyId, options.surveyId),
					inArray(surveyResponses.id, ids),
					sql`coalesce(btrim(${surveyResponses.answers} ->> ${question.key}), '') <> ''`
				)
			);
		if (found.length !== ids.length) throw new AppError('invalid', 'surveys.coding.error.noneSelected');
		let changed: number;
		if (options.remove) {
			const removed = await tx
				.delete(surveyAnswerThemes)
				.where(
					and(
						eq(surveyAnswerThemes.questionKey, question.key),
						eq(surveyAnswerThemes.themeId, theme.id),
						inArray(surveyAnswerThemes.responseId, ids)
					)
				)
				.returning({ id: surveyAnswerThemes.responseId });
			changed = removed.length;
		} else {
			const added = await tx
				.insert(surveyAnswerThemes)
				.values(
					ids.map((responseId) => ({
						responseId,
						questionKey: question.key,
						themeId: theme.id,
						officeId: ctx.officeId,
						codedBy: actor.userId
					}))
				)
				.onConflictDoNothing()
				.returning({ id: surveyAnswerThemes.responseId });
			changed = added.length;
		}
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: options.remove ? 'surveys.answers.uncoded' : 'surveys.answers.coded',
			entityType: 'survey',
			entityId: options.surveyId,
			details: { questionKey: question.key, themeId: theme.id, responses: ids.length, changed }
		});
		return { changed };
	});
}
