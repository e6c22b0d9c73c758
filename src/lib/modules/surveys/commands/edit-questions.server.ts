// The questions of a survey: add, edit, move, delete, and insert the demographics block. Kept
// together because they share the checks that protect answers already given.
import { and, asc, eq, ne } from 'drizzle-orm';
import { surveyQuestions, surveys, type SurveyCondition } from '../schema.ts';
import { recordAudit } from '../../../server/audit.ts';
import { authorize, type Context } from '../../../server/actor.ts';
import { AppError, isUniqueViolation, type FieldErrors } from '../../../server/errors.ts';
import { encodeMessage } from '../../../i18n/index.ts';
import { canManageSurveys } from '../permissions.server.ts';
import type { NewQuestionInput, QuestionInput } from '../inputs.ts';
import {
	answeredKeys,
	getSurveyStructure,
	listSettlements,
	optionCodesInUse,
	type SectionWithQuestions
} from '../queries.server.ts';
import { suggestKey } from '../keys.ts';
import { demographicsBlock, DEFAULT_SENSITIVE_CONSENT } from '../demographics-block.ts';
import { insertSections, questionRow, surveyOfOffice, touchSurvey } from './shared.server.ts';

const CHOICE_KINDS = new Set(['single', 'multiple', 'dropdown', 'ranking']);

/**
 * A condition may only look at a question shown before the place it guards (an earlier page, or
 * earlier on the same page), and a value must be one of that question's codes.
 */
export function checkCondition(
	condition: SurveyCondition | null,
	structure: readonly SectionWithQuestions[],
	position: { sectionIndex: number; questionIndex: number }
): void {
	if (!condition) return;
	const earlier = structure.flatMap((section, sectionIndex) =>
		section.questions.filter(
			(_, questionIndex) =>
				sectionIndex < position.sectionIndex ||
				(sectionIndex === position.sectionIndex && questionIndex < position.questionIndex)
		)
	);
	const target = earlier.find((question) => question.key === condition.questionKey);
	const error = (key: 'surveys.error.conditionOrder' | 'surveys.error.conditionValue') =>
		new AppError('invalid', 'common.formHasErrors', { condition: encodeMessage(key) });
	if (!target) throw error('surveys.error.conditionOrder');
	const codes = new Set([...target.options.map((option) => option.value), ...(target.allowsOther ? ['other'] : [])]);
	if (condition.operator !== 'answered' && codes.size > 0 && condition.values.some((value) => !codes.has(value))) {
		throw error('surveys.error.conditionValue');
	}
}

function checkKind(input: QuestionInput): FieldErrors {
	const errors: FieldErrors = {};
	if (CHOICE_KINDS.has(input.kind) && input.options.length < 2) errors.options = 'surveys.error.optionsNeeded';
	if (input.kind === 'matrix' && input.statements.length < 1) errors.statements = 'surveys.error.statementsNeeded';
	if ((input.kind === 'scale' || input.kind === 'matrix') && input.scaleMin >= input.scaleMax) {
		errors.scaleMax = 'surveys.error.scale';
	}
	if (
		input.kind === 'number' &&
		input.minValue !== null &&
		input.maxValue !== null &&
		input.minValue > input.maxValue
	) {
		errors.maxValue = 'surveys.error.range';
	}
	return errors;
}

function locate(structure: readonly SectionWithQuestions[], questionId: string) {
	for (const [sectionIndex, section] of structure.entries()) {
		const questionIndex = section.questions.findIndex((question) => question.id === questionId);
		if (questionIndex >= 0) return { sectionIndex, questionIndex, question: section.questions[questionIndex] };
	}
	throw new AppError('not_found', 'error.404.text');
}

/** Adds a question at the end of a page, with a key suggested from its prompt. */
export async function addQuestion(
	ctx: Context,
	options: { surveyId: string; input: NewQuestionInput }
): Promise<{ questionId: string }> {
	authorize(ctx.actor, canManageSurveys(ctx.actor));
	const actor = ctx.actor;
	const { input } = options;
	return ctx.db.transaction(async (tx) => {
		const survey = await surveyOfOffice(tx, ctx.officeId, options.surveyId);
		const structure = await getSurveyStructure(tx, survey.id);
		const section = structure.find((item) => item.id === input.sectionId);
		if (!section) throw new AppError('not_found', 'error.404.text');
		const key = suggestKey(
			input.prompt,
			structure.flatMap((item) => item.questions.map((question) => question.key))
		);
		const defaults = CHOICE_KINDS.has(input.kind)
			? { options: [] }
			: input.kind === 'scale' || input.kind === 'matrix'
				? { scale: { min: 1, max: 5, minLabel: '', minLabelEn: '', maxLabel: '', maxLabelEn: '' } }
				: {};
		const [question] = await tx
			.insert(surveyQuestions)
			.values(
				questionRow(
					{ key, kind: input.kind, prompt: input.prompt, ...defaults },
					ctx.officeId,
					survey.id,
					section.id,
					section.questions.length
				)
			)
			.returning({ id: surveyQuestions.id });
		await touchSurvey(tx, survey.id);
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'surveys.question_added',
			entityType: 'survey',
			entityId: survey.id,
			details: { questionId: question.id, key, kind: input.kind }
		});
		return { questionId: question.id };
	});
}

/**
 * Saves a question. Once the survey has answers to it, text fixes are fine but its kind and key stay,
 * and options somebody chose cannot be removed: those answers would lose their meaning.
 */
export async function updateQuestion(
	ctx: Context,
	options: { surveyId: string; questionId: string; input: QuestionInput }
): Promise<void> {
	authorize(ctx.actor, canManageSurveys(ctx.actor));
	const actor = ctx.actor;
	const { input } = options;
	await ctx.db.transaction(async (tx) => {
		const survey = await surveyOfOffice(tx, ctx.officeId, options.surveyId);
		const structure = await getSurveyStructure(tx, survey.id);
		const { question, sectionIndex, questionIndex } = locate(structure, options.questionId);
		const errors = checkKind(input);
		const others = structure.flatMap((section) => section.questions).filter((item) => item.id !== question.id);
		if (others.some((item) => item.key === input.key)) errors.key = 'surveys.error.keyTaken';
		if ((await answeredKeys(tx, survey.id, [question.key])).size > 0) {
			if (input.kind !== question.kind) errors.kind = 'surveys.error.kindLocked';
			if (input.key !== question.key) errors.key = 'surveys.error.keyLocked';
			const kept = new Set([...input.options, ...input.statements].map((option) => option.value));
			const lost = [...(await optionCodesInUse(tx, survey.id, question.key))].filter(
				(code) => code !== 'other' && !kept.has(code)
			);
			if (lost.length > 0) {
				errors[question.kind === 'matrix' ? 'statements' : 'options'] = encodeMessage('surveys.error.optionsInUse', {
					codes: lost.join(', ')
				});
			}
		}
		if (Object.keys(errors).length > 0) throw new AppError('invalid', 'common.formHasErrors', errors);
		checkCondition(input.condition, structure, { sectionIndex, questionIndex });
		const isChoice = CHOICE_KINDS.has(input.kind);
		const hasScale = input.kind === 'scale' || input.kind === 'matrix';
		try {
			await tx
				.update(surveyQuestions)
				.set({
					key: input.key,
					kind: input.kind,
					prompt: input.prompt,
					promptEn: input.promptEn,
					help: input.help,
					helpEn: input.helpEn,
					isRequired: input.isRequired,
					isRandomised: isChoice && input.isRandomised,
					allowsOther: (input.kind === 'single' || input.kind === 'multiple') && input.allowsOther,
					isSensitive: input.isSensitive,
					options: isChoice ? input.options : [],
					statements: input.kind === 'matrix' ? input.statements : [],
					scale: hasScale
						? {
								min: input.scaleMin,
								max: input.scaleMax,
								minLabel: input.scaleMinLabel,
								minLabelEn: input.scaleMinLabelEn,
								maxLabel: input.scaleMaxLabel,
								maxLabelEn: input.scaleMaxLabelEn
							}
						: null,
					minValue: input.kind === 'number' ? input.minValue : null,
					maxValue: input.kind === 'number' ? input.maxValue : null,
					maxChoices: input.kind === 'multiple' ? input.maxChoices : null,
					condition: input.condition
				})
				.where(eq(surveyQuestions.id, question.id));
		} catch (caught) {
			if (isUniqueViolation(caught)) {
				throw new AppError('conflict', 'common.formHasErrors', { key: 'surveys.error.keyTaken' });
			}
			throw caught;
		}
		// Conditions that looked at the old key follow the new one.
		if (input.key !== question.key) {
			for (const other of others.filter((item) => item.condition?.questionKey === question.key)) {
				await tx
					.update(surveyQuestions)
					.set({ condition: { ...other.condition!, questionKey: input.key } })
					.where(eq(surveyQuestions.id, other.id));
			}
		}
		await touchSurvey(tx, survey.id);
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'surveys.question_updated',
			entityType: 'survey',
			entityId: survey.id,
			details: { questionId: question.id, key: input.key, previousKey: question.key, kind: input.kind }
		});
	});
}

/** Moves a question one place up or down; past the edge of its page it moves to the next page. */
export async function moveQuestion(
	ctx: Context,
	options: { surveyId: string; questionId: string; direction: 'up' | 'down' }
): Promise<void> {
	authorize(ctx.actor, canManageSurveys(ctx.actor));
	const actor = ctx.actor;
	await ctx.db.transaction(async (tx) => {
		const survey = await surveyOfOffice(tx, ctx.officeId, options.surveyId);
		const structure = await getSurveyStructure(tx, survey.id);
		const { sectionIndex, questionIndex, question } = locate(structure, options.questionId);
		const list = structure[sectionIndex].questions.map((item) => item.id);
		const target = options.direction === 'up' ? questionIndex - 1 : questionIndex + 1;
		if (target >= 0 && target < list.length) {
			[list[questionIndex], list[target]] = [list[target], list[questionIndex]];
			for (const [order, id] of list.entries()) {
				await tx.update(surveyQuestions).set({ sortOrder: order }).where(eq(surveyQuestions.id, id));
			}
		} else {
			const neighbour = structure[sectionIndex + (options.direction === 'up' ? -1 : 1)];
			if (!neighbour) return;
			const sortOrder = options.direction === 'up' ? neighbour.questions.length : -1;
			await tx
				.update(surveyQuestions)
				.set({ sectionId: neighbour.id, sortOrder })
				.where(eq(surveyQuestions.id, question.id));
			const reordered = await tx
				.select({ id: surveyQuestions.id })
				.from(surveyQuestions)
				.where(eq(surveyQuestions.sectionId, neighbour.id))
				.orderBy(asc(surveyQuestions.sortOrder));
			for (const [order, item] of reordered.entries()) {
				await tx.update(surveyQuestions).set({ sortOrder: order }).where(eq(surveyQuestions.id, item.id));
			}
		}
		await touchSurvey(tx, survey.id);
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'surveys.question_moved',
			entityType: 'survey',
			entityId: survey.id,
			details: { questionId: question.id, direction: options.direction }
		});
	});
}

/** Deletes a question; refused while it has answers or another question's condition looks at it. */
export async function deleteQuestion(ctx: Context, options: { surveyId: string; questionId: string }): Promise<void> {
	authorize(ctx.actor, canManageSurveys(ctx.actor));
	const actor = ctx.actor;
	await ctx.db.transaction(async (tx) => {
		const survey = await surveyOfOffice(tx, ctx.officeId, options.surveyId);
		const structure = await getSurveyStructure(tx, survey.id);
		const { question } = locate(structure, options.questionId);
		if ((await answeredKeys(tx, survey.id, [question.key])).size > 0) {
			throw new AppError('conflict', 'surveys.error.questionHasAnswers');
		}
		const dependent = [...structure, ...structure.flatMap((section) => section.questions)].some(
			(item) => item.condition?.questionKey === question.key
		);
		if (dependent) throw new AppError('conflict', 'surveys.error.questionIsCondition');
		await tx
			.delete(surveyQuestions)
			.where(and(eq(surveyQuestions.id, question.id), eq(surveyQuestions.surveyId, survey.id)));
		await touchSurvey(tx, survey.id);
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'surveys.question_deleted',
			entityType: 'survey',
			entityId: survey.id,
			details: { questionId: question.id, key: question.key }
		});
	});
}

/** Adds the demographics block as a new page (refused when the survey already has those keys). */
export async function insertDemographicsBlock(
	ctx: Context,
	options: { surveyId: string }
): Promise<{ sectionId: string }> {
	authorize(ctx.actor, canManageSurveys(ctx.actor));
	const actor = ctx.actor;
	return ctx.db.transaction(async (tx) => {
		const survey = await surveyOfOffice(tx, ctx.officeId, options.surveyId);
		const settlements = await listSettlements(tx, ctx.officeId);
		if (settlements.length === 0) throw new AppError('invalid', 'surveys.error.noSettlements');
		const block = demographicsBlock(settlements, survey.year);
		const existing = await tx
			.select({ key: surveyQuestions.key })
			.from(surveyQuestions)
			.where(and(eq(surveyQuestions.surveyId, survey.id), ne(surveyQuestions.key, '')));
		const keys = new Set(existing.map((row) => row.key));
		if (block.questions.some((question) => keys.has(question.key))) {
			throw new AppError('conflict', 'surveys.error.demographicsPresent');
		}
		const [sectionId] = await insertSections(tx, ctx.officeId, survey.id, [block]);
		if (!survey.sensitiveConsentText.trim()) {
			await tx
				.update(surveys)
				.set({
					sensitiveConsentText: DEFAULT_SENSITIVE_CONSENT.text,
					sensitiveConsentTextEn: DEFAULT_SENSITIVE_CONSENT.textEn
				})
				.where(eq(surveys.id, survey.id));
		}
		await touchSurvey(tx, survey.id);
		await recordAudit(tx, {
			officeId: ctx.officeId,
			actor,
			action: 'surveys.demographics_inserted',
			entityType: 'survey',
			entityId: survey.id,
			details: { sectionId }
		});
		return { sectionId };
	});
}
