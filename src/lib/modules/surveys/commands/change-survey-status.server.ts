import { eq } from 'drizzle-orm';
import { surveys } from '../schema.ts';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { encodeMessage } from '../../../i18n/index.ts';
import { AppError } from '../../../server/errors.ts';
import { canManageSurveys } from '../permissions.server.ts';
import { getSurveyStructure } from '../queries.server.ts';
import { surveyOfOffice } from './shared.server.ts';

export const SURVEY_STATUS_ACTIONS = ['publish', 'close', 'archive', 'unpublish'] as const;
export type SurveyStatusAction = (typeof SURVEY_STATUS_ACTIONS)[number];

const AUDIT_VERBS: Record<SurveyStatusAction, string> = {
	publish: 'published',
	close: 'closed',
	archive: 'archived',
	unpublish: 'unpublished'
};

/**
 * Publishes (opens for answers), closes now (keeps it published with the close date now),
 * archives, or takes back to draft. Publishing needs at least one question, and consent text when a
 * sensitive question is asked.
 */
export async function changeSurveyStatus(
	ctx: Context,
	options: {
		surveyId: string;
		action: SurveyStatusAction;
		/** Publish even though some page has no question (after the warning). */
		allowEmptyPages?: boolean;
		now?: Date;
	}
): Promise<void> {
	authorize(ctx.actor, canManageSurveys(ctx.actor));
	const actor = ctx.actor;
	const now = options.now ?? new Date();
	await ctx.db.transaction(async (tx) => {
		const survey = await surveyOfOffice(tx, ctx.officeId, options.surveyId);
		let values: Partial<typeof surveys.$inferInsert>;
		if (options.action === 'publish') {
			const structure = await getSurveyStructure(tx, survey.id);
			const questions = structure.flatMap((section) => section.questions);
			if (questions.length === 0) throw new AppError('invalid', 'surveys.error.publishEmpty');
			// A page without questions shows respondents an empty step: warn, publish only when confirmed.
			const emptyPages = structure.flatMap((section, index) => (section.questions.length === 0 ? [index + 1] : []));
			if (emptyPages.length > 0 && !options.allowEmptyPages)
				throw new AppError('conflict', 'surveys.error.publishEmptyPagesTitle', {
					pages: encodeMessage('surveys.error.publishEmptyPages', {
						count: emptyPages.length,
						pages: emptyPages.join(', ')
					})
				});
			if (questions.some((question) => question.isSensitive) && !survey.sensitiveConsentText.trim()) {
				throw new AppError('invalid', 'surveys.error.publishConsentText');
			}
			values = { status: 'published' };
			// Publishing a survey whose close date has passed reopens it without an end.
			if (survey.closesAt && survey.closesAt <= now) values.closesAt = null;
		} else if (options.action === 'close') {
			values = { closesAt: now };
		} else if (options.action === 'archive') {
			values = { status: 'archived' };
		} else {
			values = { status: 'draft' };
		}
		await tx
			.update(surveys)
			.set({ ...values, updatedAt: now })
			.where(eq(surveys.id, survey.id));
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: `surveys.survey_${AUDIT_VERBS[options.action]}`,
			entityType: 'survey',
			entityId: survey.id
		});
	});
}
