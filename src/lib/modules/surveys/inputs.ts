import * as v from 'valibot';
import { checkbox, optionalText, requiredText } from '../../validation.ts';
import { encodeMessage } from '../../i18n/index.ts';
import { slugify } from '../../i18n/slug.ts';
import { parseBelgradeDateTime } from '../../i18n/office-time.ts';
import type { SurveyCondition } from './schema.ts';
import { CONSENT_MODES as PARENTAL_CONSENT_MODES, QUESTION_KINDS as SURVEY_QUESTION_KINDS } from './constants.ts';
import { CONDITION_OPERATORS } from './conditions.ts';
import { isValidKey, parseOptionLines } from './keys.ts';

const belgradeDateTime = () =>
	v.pipe(
		optionalText(40),
		v.check((value) => value === '' || parseBelgradeDateTime(value) !== null, encodeMessage('surveys.error.dateTime')),
		v.transform((value) => (value === '' ? null : parseBelgradeDateTime(value)))
	);

/** An optional whole number in a range; empty means none. */
const optionalInteger = (min: number, max: number) =>
	v.pipe(
		optionalText(12),
		v.check((value) => value === '' || /^-?\d+$/.test(value), encodeMessage('validation.integer')),
		v.transform((value) => (value === '' ? null : Number(value))),
		v.check(
			(value) => value === null || (value >= min && value <= max),
			encodeMessage('surveys.error.between', { min, max })
		)
	);

export const surveyInput = v.pipe(
	v.object({
		title: requiredText(200),
		titleEn: optionalText(200),
		slug: v.pipe(
			optionalText(80),
			v.transform((value) => slugify(value))
		),
		introduction: optionalText(4000),
		introductionEn: optionalText(4000),
		thanks: optionalText(2000),
		thanksEn: optionalText(2000),
		year: v.pipe(
			v.string(encodeMessage('validation.required')),
			v.trim(),
			v.regex(/^\d{4}$/, encodeMessage('surveys.error.year')),
			v.transform(Number),
			v.check((year) => year >= 2000 && year <= 2100, encodeMessage('surveys.error.year'))
		),
		opensAt: belgradeDateTime(),
		closesAt: belgradeDateTime(),
		targetResponses: optionalInteger(1, 1_000_000),
		parentalConsent: v.picklist(PARENTAL_CONSENT_MODES, encodeMessage('validation.invalid')),
		sensitiveConsentText: optionalText(2000),
		sensitiveConsentTextEn: optionalText(2000)
	}),
	v.forward(
		v.check(
			(input) => !input.opensAt || !input.closesAt || input.opensAt < input.closesAt,
			encodeMessage('surveys.error.closesBeforeOpens')
		),
		['closesAt']
	)
);
export type SurveyInput = v.InferOutput<typeof surveyInput>;

/**
 * A condition chosen from one select: empty (always shown), `answered|key`, or
 * `equals|key|code` / `not_equals|key|code` / `includes|key|code`.
 */
export function parseConditionChoice(choice: string): SurveyCondition | null | undefined {
	if (!choice) return null;
	const [operator, questionKey, value] = choice.split('|');
	if (!(CONDITION_OPERATORS as readonly string[]).includes(operator) || !questionKey) return undefined;
	if (operator === 'answered') return { questionKey, operator: 'answered', values: [] };
	if (!value) return undefined;
	return { questionKey, operator: operator as SurveyCondition['operator'], values: [value] };
}

/** The select's value for a stored condition. */
export function conditionChoiceOf(condition: SurveyCondition | null | undefined): string {
	if (!condition) return '';
	if (condition.operator === 'answered') return `answered|${condition.questionKey}`;
	return `${condition.operator}|${condition.questionKey}|${condition.values[0] ?? ''}`;
}

const conditionField = () =>
	v.pipe(
		optionalText(200),
		v.check((value) => parseConditionChoice(value) !== undefined, encodeMessage('validation.invalid')),
		v.transform((value) => parseConditionChoice(value) ?? null)
	);

export const sectionInput = v.object({
	title: requiredText(200),
	titleEn: optionalText(200),
	description: optionalText(2000),
	descriptionEn: optionalText(2000),
	condition: conditionField()
});
export type SectionInput = v.InferOutput<typeof sectionInput>;

/** Adding a question: its kind and prompt; the rest is set on the question's own form. */
export const newQuestionInput = v.object({
	sectionId: v.pipe(v.string(), v.uuid(encodeMessage('validation.invalid'))),
	kind: v.picklist(SURVEY_QUESTION_KINDS, encodeMessage('surveys.error.kind')),
	prompt: requiredText(500)
});
export type NewQuestionInput = v.InferOutput<typeof newQuestionInput>;

const optionLines = () =>
	v.pipe(
		optionalText(10_000),
		v.transform((text) => parseOptionLines(text))
	);

export const questionInput = v.object({
	prompt: requiredText(500),
	promptEn: optionalText(500),
	key: v.pipe(requiredText(40), v.toLowerCase(), v.check(isValidKey, encodeMessage('surveys.error.key'))),
	kind: v.picklist(SURVEY_QUESTION_KINDS, encodeMessage('surveys.error.kind')),
	help: optionalText(1000),
	helpEn: optionalText(1000),
	isRequired: checkbox(),
	isRandomised: checkbox(),
	allowsOther: checkbox(),
	isSensitive: checkbox(),
	options: optionLines(),
	statements: optionLines(),
	scaleMin: v.pipe(
		optionalInteger(0, 10),
		v.transform((value) => value ?? 1)
	),
	scaleMax: v.pipe(
		optionalInteger(1, 10),
		v.transform((value) => value ?? 5)
	),
	scaleMinLabel: optionalText(100),
	scaleMinLabelEn: optionalText(100),
	scaleMaxLabel: optionalText(100),
	scaleMaxLabelEn: optionalText(100),
	minValue: optionalInteger(-1_000_000, 1_000_000),
	maxValue: optionalInteger(-1_000_000, 1_000_000),
	maxChoices: optionalInteger(1, 100),
	condition: conditionField()
});
export type QuestionInput = v.InferOutput<typeof questionInput>;

export const codesInput = v.object({
	batch: requiredText(120),
	count: v.pipe(
		v.string(encodeMessage('validation.required')),
		v.trim(),
		v.regex(/^\d+$/, encodeMessage('validation.integer')),
		v.transform(Number),
		v.check((count) => count >= 1 && count <= 200, encodeMessage('surveys.error.between', { min: 1, max: 200 }))
	)
});
export type CodesInput = v.InferOutput<typeof codesInput>;

/** A survey's response target and the copy's new year. */
export const copyInput = v.object({
	year: v.pipe(
		v.string(encodeMessage('validation.required')),
		v.trim(),
		v.regex(/^\d{4}$/, encodeMessage('surveys.error.year')),
		v.transform(Number)
	)
});
