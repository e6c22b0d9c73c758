import { eq } from 'drizzle-orm';
import { surveys } from '../schema.ts';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { freeSlugIn } from '../../../server/slugs.ts';
import { canManageSurveys } from '../permissions.server.ts';
import type { SurveyInput } from '../inputs.ts';
import { surveyOfOffice } from './shared.server.ts';

/** Saves a survey's settings (texts, year, dates, target, consent). */
export async function updateSurvey(ctx: Context, options: { surveyId: string; input: SurveyInput }): Promise<void> {
	authorize(ctx.actor, canManageSurveys(ctx.actor));
	const actor = ctx.actor;
	await ctx.db.transaction(async (tx) => {
		const survey = await surveyOfOffice(tx, ctx.officeId, options.surveyId);
		let slug = survey.slug;
		if (options.input.slug && options.input.slug !== survey.slug) {
			slug = await freeSlugIn(tx, surveys, ctx.officeId, options.input.slug, 'anketa');
		}
		await tx
			.update(surveys)
			.set({ ...options.input, slug, updatedAt: new Date() })
			.where(eq(surveys.id, survey.id));
		const changed = Object.keys(options.input).filter(
			(field) =>
				String((survey as Record<string, unknown>)[field] ?? '') !==
				String((options.input as Record<string, unknown>)[field] ?? '')
		);
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'surveys.survey_updated',
			entityType: 'survey',
			entityId: survey.id,
			details: { changed }
		});
	});
}
