import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../../server/db/client.ts';
import { AppError } from '../../../server/errors.ts';
import { surveyQuestions, surveyResponses, surveys, surveySections } from '../schema.ts';
import type { QuestionDraft, SectionDraft } from '../demographics-block.ts';

/** Adds sections with their questions after the survey's last section. */
export async function insertSections(
	tx: Database,
	officeId: string,
	surveyId: string,
	sections: readonly SectionDraft[]
): Promise<string[]> {
	const [{ next }] = await tx
		.select({ next: sql<number>`coalesce(max(${surveySections.sortOrder}) + 1, 0)::int` })
		.from(surveySections)
		.where(eq(surveySections.surveyId, surveyId));
	const ids: string[] = [];
	for (const [index, section] of sections.entries()) {
		const [row] = await tx
			.insert(surveySections)
			.values({
				officeId,
				surveyId,
				sortOrder: Number(next) + index,
				title: section.title,
				titleEn: section.titleEn ?? '',
				description: section.description ?? '',
				descriptionEn: section.descriptionEn ?? '',
				condition: section.condition ?? null
			})
			.returning({ id: surveySections.id });
		ids.push(row.id);
		if (section.questions.length > 0) {
			await tx
				.insert(surveyQuestions)
				.values(section.questions.map((question, order) => questionRow(question, officeId, surveyId, row.id, order)));
		}
	}
	return ids;
}

/** A question draft as a row, with the schema's defaults spelled out. */
export function questionRow(
	question: QuestionDraft,
	officeId: string,
	surveyId: string,
	sectionId: string,
	sortOrder: number
) {
	return {
		officeId,
		surveyId,
		sectionId,
		sortOrder,
		key: question.key,
		kind: question.kind,
		prompt: question.prompt,
		promptEn: question.promptEn ?? '',
		help: question.help ?? '',
		helpEn: question.helpEn ?? '',
		isRequired: question.isRequired ?? false,
		isRandomised: question.isRandomised ?? false,
		allowsOther: question.allowsOther ?? false,
		options: question.options ?? [],
		statements: question.statements ?? [],
		scale: question.scale ?? null,
		minValue: question.minValue ?? null,
		maxValue: question.maxValue ?? null,
		maxChoices: question.maxChoices ?? null,
		condition: question.condition ?? null,
		demographic: question.demographic ?? null,
		isSensitive: question.isSensitive ?? false
	};
}

/** The survey of this office, or not_found. */
export async function surveyOfOffice(tx: Database, officeId: string, surveyId: string) {
	const [survey] = await tx
		.select()
		.from(surveys)
		.where(and(eq(surveys.id, surveyId), eq(surveys.officeId, officeId)))
		.limit(1);
	if (!survey) throw new AppError('not_found', 'error.404.text');
	return survey;
}

/** How many responses (complete or not) a survey has: editing its structure is limited once any exist. */
export async function countResponses(tx: Database, surveyId: string): Promise<number> {
	const [{ count }] = await tx
		.select({ count: sql<number>`count(*)::int` })
		.from(surveyResponses)
		.where(eq(surveyResponses.surveyId, surveyId));
	return Number(count);
}

/** Marks the survey as changed now. */
export async function touchSurvey(tx: Database, surveyId: string): Promise<void> {
	await tx.update(surveys).set({ updatedAt: new Date() }).where(eq(surveys.id, surveyId));
}
