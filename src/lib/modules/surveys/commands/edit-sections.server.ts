// The pages of a survey: add, rename (with a condition), move and delete. Kept together because
// each is a few lines over the same checks.
import { and, asc, eq } from 'drizzle-orm';
import { surveySections } from '../schema.ts';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError } from '../../../server/errors.ts';
import type { Database } from '../../../server/db/client.ts';
import { canManageSurveys } from '../permissions.server.ts';
import type { SectionInput } from '../inputs.ts';
import { answeredKeys, getSurveyStructure } from '../queries.server.ts';
import { insertSections, surveyOfOffice, touchSurvey } from './shared.server.ts';
import { checkCondition } from './edit-questions.server.ts';

async function sectionOf(tx: Database, surveyId: string, sectionId: string) {
	const [section] = await tx
		.select()
		.from(surveySections)
		.where(and(eq(surveySections.id, sectionId), eq(surveySections.surveyId, surveyId)))
		.limit(1);
	if (!section) throw new AppError('not_found', 'error.404.text');
	return section;
}

/** Adds a page at the end of the survey. */
export async function addSection(
	ctx: Context,
	options: { surveyId: string; input: SectionInput }
): Promise<{ sectionId: string }> {
	authorize(ctx.actor, canManageSurveys(ctx.actor));
	const actor = ctx.actor;
	return ctx.db.transaction(async (tx) => {
		const survey = await surveyOfOffice(tx, ctx.officeId, options.surveyId);
		const structure = await getSurveyStructure(tx, survey.id);
		checkCondition(options.input.condition, structure, { sectionIndex: structure.length, questionIndex: 0 });
		const [sectionId] = await insertSections(tx, ctx.officeId, survey.id, [{ ...options.input, questions: [] }]);
		await touchSurvey(tx, survey.id);
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'surveys.section_added',
			entityType: 'survey',
			entityId: survey.id,
			details: { sectionId }
		});
		return { sectionId };
	});
}

/** Saves a page's title, description and condition. */
export async function updateSection(
	ctx: Context,
	options: { surveyId: string; sectionId: string; input: SectionInput }
): Promise<void> {
	authorize(ctx.actor, canManageSurveys(ctx.actor));
	const actor = ctx.actor;
	await ctx.db.transaction(async (tx) => {
		const survey = await surveyOfOffice(tx, ctx.officeId, options.surveyId);
		await sectionOf(tx, survey.id, options.sectionId);
		const structure = await getSurveyStructure(tx, survey.id);
		const sectionIndex = structure.findIndex((section) => section.id === options.sectionId);
		checkCondition(options.input.condition, structure, { sectionIndex, questionIndex: 0 });
		await tx.update(surveySections).set(options.input).where(eq(surveySections.id, options.sectionId));
		await touchSurvey(tx, survey.id);
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'surveys.section_updated',
			entityType: 'survey',
			entityId: survey.id,
			details: { sectionId: options.sectionId }
		});
	});
}

/** Moves a page one place up or down. */
export async function moveSection(
	ctx: Context,
	options: { surveyId: string; sectionId: string; direction: 'up' | 'down' }
): Promise<void> {
	authorize(ctx.actor, canManageSurveys(ctx.actor));
	const actor = ctx.actor;
	await ctx.db.transaction(async (tx) => {
		const survey = await surveyOfOffice(tx, ctx.officeId, options.surveyId);
		const sections = await tx
			.select({ id: surveySections.id })
			.from(surveySections)
			.where(eq(surveySections.surveyId, survey.id))
			.orderBy(asc(surveySections.sortOrder));
		const index = sections.findIndex((section) => section.id === options.sectionId);
		if (index < 0) throw new AppError('not_found', 'error.404.text');
		const target = options.direction === 'up' ? index - 1 : index + 1;
		if (target < 0 || target >= sections.length) return;
		[sections[index], sections[target]] = [sections[target], sections[index]];
		for (const [order, section] of sections.entries()) {
			await tx.update(surveySections).set({ sortOrder: order }).where(eq(surveySections.id, section.id));
		}
		await touchSurvey(tx, survey.id);
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'surveys.section_moved',
			entityType: 'survey',
			entityId: survey.id,
			details: { sectionId: options.sectionId, direction: options.direction }
		});
	});
}

/** Deletes a page with its questions; refused while any of them has answers. */
export async function deleteSection(ctx: Context, options: { surveyId: string; sectionId: string }): Promise<void> {
	authorize(ctx.actor, canManageSurveys(ctx.actor));
	const actor = ctx.actor;
	await ctx.db.transaction(async (tx) => {
		const survey = await surveyOfOffice(tx, ctx.officeId, options.surveyId);
		const structure = await getSurveyStructure(tx, survey.id);
		const section = structure.find((item) => item.id === options.sectionId);
		if (!section) throw new AppError('not_found', 'error.404.text');
		if (structure.length === 1) throw new AppError('conflict', 'surveys.error.lastSection');
		const keys = section.questions.map((question) => question.key);
		if ((await answeredKeys(tx, survey.id, keys)).size > 0) {
			throw new AppError('conflict', 'surveys.error.sectionHasAnswers');
		}
		await tx.delete(surveySections).where(eq(surveySections.id, section.id));
		await touchSurvey(tx, survey.id);
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'surveys.section_deleted',
			entityType: 'survey',
			entityId: survey.id,
			details: { sectionId: section.id, keys }
		});
	});
}
