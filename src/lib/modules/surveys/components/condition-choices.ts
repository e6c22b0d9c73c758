// The choices of the "show only when" select: every earlier question, each of its answers.
import type { SurveyCondition, SurveyOption } from '../schema.ts';
import { conditionChoiceOf } from '../inputs.ts';

export interface ConditionChoice {
	value: string;
	operator: SurveyCondition['operator'];
	prompt: string;
	promptEn: string;
	answer: SurveyOption | null;
}

interface Earlier {
	key: string;
	kind: string;
	prompt: string;
	promptEn: string;
	options: SurveyOption[];
}

/** The conditions a question or page may use, from the questions before it. */
export function conditionChoices(earlier: readonly Earlier[]): ConditionChoice[] {
	const choices: ConditionChoice[] = [];
	for (const question of earlier) {
		const base = { prompt: question.prompt, promptEn: question.promptEn };
		if (['single', 'dropdown', 'multiple'].includes(question.kind)) {
			const operator = question.kind === 'multiple' ? 'includes' : 'equals';
			for (const answer of question.options) {
				const condition: SurveyCondition = { questionKey: question.key, operator, values: [answer.value] };
				choices.push({ ...base, value: conditionChoiceOf(condition), operator, answer });
				if (operator === 'equals') {
					const negated: SurveyCondition = { ...condition, operator: 'not_equals' };
					choices.push({ ...base, value: conditionChoiceOf(negated), operator: 'not_equals', answer });
				}
			}
		}
		const answered: SurveyCondition = { questionKey: question.key, operator: 'answered', values: [] };
		choices.push({ ...base, value: conditionChoiceOf(answered), operator: 'answered', answer: null });
	}
	return choices;
}
