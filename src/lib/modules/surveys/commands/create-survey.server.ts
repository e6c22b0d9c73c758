import { surveys } from '../schema.ts';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { freeSlugIn } from '../../../server/slugs.ts';
import { canManageSurveys } from '../permissions.server.ts';
import type { SurveyInput } from '../inputs.ts';
import { insertSections } from './shared.server.ts';

/** Creates a draft survey with one empty page to put questions on. */
export async function createSurvey(ctx: Context, input: SurveyInput): Promise<{ surveyId: string }> {
	authorize(ctx.actor, canManageSurveys(ctx.actor));
	const actor = ctx.actor;
	return ctx.db.transaction(async (tx) => {
		const slug = await freeSlugIn(tx, surveys, ctx.officeId, input.slug || input.title, 'anketa');
		const [survey] = await tx
			.insert(surveys)
			.values({ ...input, slug, officeId: ctx.officeId, status: 'draft', createdBy: actor.userId })
			.returning({ id: surveys.id });
		await insertSections(tx, ctx.officeId, survey.id, [{ title: input.title, questions: [] }]);
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'surveys.survey_created',
			entityType: 'survey',
			entityId: survey.id,
			details: { slug, year: input.year }
		});
		return { surveyId: survey.id };
	});
}
