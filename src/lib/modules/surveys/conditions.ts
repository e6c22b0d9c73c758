// Conditional display: which sections and questions a respondent sees, given the answers so far.
// Pure: the public pages, the preview and data entry all page through a survey with these.
import type { SurveyCondition } from './schema.ts';
import { isAnswered, type Answers } from './answers.ts';

export interface ConditionalQuestion {
	key: string;
	condition: SurveyCondition | null;
}

export interface ConditionalSection<Q extends ConditionalQuestion = ConditionalQuestion> {
	condition: SurveyCondition | null;
	questions: Q[];
}

export const CONDITION_OPERATORS = ['equals', 'not_equals', 'includes', 'answered'] as const;

/** Whether a condition holds for the answers given (no condition always holds). */
export function isConditionMet(condition: SurveyCondition | null | undefined, answers: Answers): boolean {
	if (!condition) return true;
	const answer = answers[condition.questionKey];
	const given = Array.isArray(answer)
		? answer.map(String)
		: answer !== undefined && answer !== null && typeof answer !== 'object'
			? [String(answer)]
			: [];
	switch (condition.operator) {
		case 'answered':
			return isAnswered(answer);
		case 'equals':
			return given.length > 0 && condition.values.some((value) => given.includes(value));
		case 'not_equals':
			// An unanswered question is "not equal": the follow-up shows unless the excluded value was chosen.
			return !condition.values.some((value) => given.includes(value));
		case 'includes':
			return condition.values.some((value) => given.includes(value));
	}
}

/**
 * Walks the survey in order and keeps only what is shown: a section whose condition fails hides all
 * its questions, and an answer to a hidden question does not count for later conditions (so hiding
 * a question also hides whatever depended on it).
 */
export function visibleStructure<S extends ConditionalSection>(
	sections: readonly S[],
	answers: Answers
): { section: S; index: number; questions: S['questions'] }[] {
	type Q = S['questions'][number];
	const shownAnswers: Answers = {};
	const visible: { section: S; index: number; questions: Q[] }[] = [];
	sections.forEach((section, index) => {
		if (!isConditionMet(section.condition, shownAnswers)) return;
		const questions: Q[] = [];
		for (const question of section.questions) {
			if (!isConditionMet(question.condition, shownAnswers)) continue;
			questions.push(question);
			if (question.key in answers) {
				shownAnswers[question.key] = answers[question.key];
			}
		}
		if (questions.length > 0) visible.push({ section, index, questions });
	});
	return visible;
}

/** The answers of shown questions only (answers to questions later hidden are dropped on submit). */
export function shownAnswers<Q extends ConditionalQuestion>(
	sections: readonly ConditionalSection<Q>[],
	answers: Answers
): Answers {
	const kept: Answers = {};
	for (const { questions } of visibleStructure(sections, answers)) {
		for (const { key } of questions) {
			for (const name of [key, `${key}__other`]) if (name in answers) kept[name] = answers[name];
		}
	}
	return kept;
}

/** The index of the next shown section after `from` (-1 before the first), or null at the end. */
export function nextSectionIndex(
	sections: readonly ConditionalSection[],
	answers: Answers,
	from: number
): number | null {
	const next = visibleStructure(sections, answers).find(({ index }) => index > from);
	return next ? next.index : null;
}

/** The index of the shown section before `from`, or null at the start. */
export function previousSectionIndex(
	sections: readonly ConditionalSection[],
	answers: Answers,
	from: number
): number | null {
	const before = visibleStructure(sections, answers).filter(({ index }) => index < from);
	return before.length > 0 ? before[before.length - 1].index : null;
}
