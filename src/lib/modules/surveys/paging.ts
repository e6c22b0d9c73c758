// Answering page by page, without a database: the public pages, the preview and data entry all
// apply a submitted page with these, so a condition behaves the same everywhere.
import type { SurveyCondition } from './schema.ts';
import {
	isAnswered,
	parseAnswer,
	putAnswer,
	type Answers,
	type QuestionForAnswers,
	type RawValues
} from './answers.ts';
import { visibleStructure } from './conditions.ts';
import { ageBandOf } from './demographics.ts';
import { settlementCode } from './demographics-block.ts';

export interface PagedQuestion extends QuestionForAnswers {
	condition: SurveyCondition | null;
	demographic: string | null;
	isSensitive: boolean;
}

export interface PagedSection<Q extends PagedQuestion = PagedQuestion> {
	condition: SurveyCondition | null;
	questions: Q[];
}

/** The checkbox respondents tick to answer sensitive questions. */
export const SENSITIVE_CONSENT_FIELD = 'sensitive_consent';

/** Whether the form said "yes" to sensitive questions. */
export function consentGiven(raw: RawValues): boolean {
	return (raw[SENSITIVE_CONSENT_FIELD] ?? []).includes('yes');
}

/** The questions shown on one page for the answers so far (sensitive ones included; the page asks consent). */
export function questionsOnPage<Q extends PagedQuestion>(
	structure: readonly PagedSection<Q>[],
	sectionIndex: number,
	answers: Answers
): Q[] {
	return visibleStructure(structure, answers).find(({ index }) => index === sectionIndex)?.questions ?? [];
}

export interface AppliedPage {
	/** All answers so far, this page's included (sensitive ones too, while consent allows). */
	answers: Answers;
	/** Question key → message key. */
	errors: Record<string, string>;
	/** Keys of the questions now shown on the page. */
	shownKeys: string[];
	/** A question appeared because of an answer on this page (shown again, no error). */
	hasNewQuestions: boolean;
}

/**
 * Applies a submitted page to the answers so far: reads every question of the page, works out which
 * are shown with the new answers (a condition may look at an answer on the same page), drops the
 * answers of hidden questions, and checks the shown ones. Sensitive questions count only with consent.
 */
export function applyPage<Q extends PagedQuestion>(
	structure: readonly PagedSection<Q>[],
	sectionIndex: number,
	raw: RawValues,
	previous: Answers,
	options: { consent: boolean; displayedKeys: readonly string[] | null }
): AppliedPage {
	const answers: Answers = { ...previous };
	const parsed = new Map<string, ReturnType<typeof parseAnswer>>();
	for (const question of structure[sectionIndex]?.questions ?? []) {
		const result = parseAnswer(question, raw);
		parsed.set(question.key, result);
		putAnswer(answers, question.key, result.error ? {} : result);
	}
	// Twice: a question shown by an answer on this page may itself show another.
	let shown = questionsOnPage(structure, sectionIndex, answers);
	for (const question of structure[sectionIndex]?.questions ?? []) {
		const isShown = shown.includes(question) && (!question.isSensitive || options.consent);
		if (!isShown) putAnswer(answers, question.key, {});
	}
	shown = questionsOnPage(structure, sectionIndex, answers);
	const errors: Record<string, string> = {};
	for (const question of shown) {
		if (question.isSensitive && !options.consent) continue;
		const error = parsed.get(question.key)?.error;
		if (error) errors[question.key] = error;
	}
	const shownKeys = shown.map((question) => question.key);
	const hasNewQuestions =
		options.displayedKeys !== null && shownKeys.some((key) => !options.displayedKeys!.includes(key));
	return { answers, errors, shownKeys, hasNewQuestions };
}

/**
 * The final answers of a finished survey: only shown questions, sensitive ones apart (and only
 * with consent). `missingSection` is the first page with a required question left unanswered.
 */
export function completeAnswers<Q extends PagedQuestion>(
	structure: readonly PagedSection<Q>[],
	working: Answers,
	consent: boolean
): { answers: Answers; sensitiveAnswers: Answers; missingSection: number | null } {
	const answers: Answers = {};
	const sensitiveAnswers: Answers = {};
	let missingSection: number | null = null;
	for (const { index, questions } of visibleStructure(structure, working)) {
		for (const question of questions) {
			if (question.isSensitive && !consent) continue;
			const target = question.isSensitive ? sensitiveAnswers : answers;
			if (isAnswered(working[question.key])) {
				target[question.key] = working[question.key];
				const other = working[`${question.key}__other`];
				if (typeof other === 'string' && other) target[`${question.key}__other`] = other;
			} else if (question.isRequired && missingSection === null) {
				missingSection = index;
			}
		}
	}
	return { answers, sensitiveAnswers, missingSection };
}

export interface ResponseDemographics {
	birthYear: number | null;
	ageBand: string | null;
	gender: string | null;
	settlement: string | null;
	areaType: 'urban' | 'rural' | null;
	occupation: string | null;
}

/** The demographic columns of a response, from the answers of the demographics block's questions. */
export function demographicsOf(
	structure: readonly PagedSection[],
	answers: Answers,
	settlements: readonly { name: string; isUrban: boolean }[],
	surveyYear: number
): ResponseDemographics {
	const byDemographic = (demographic: string) => {
		const question = structure.flatMap((section) => section.questions).find((item) => item.demographic === demographic);
		return question ? answers[question.key] : undefined;
	};
	const birth = byDemographic('birth_year');
	const birthYear = typeof birth === 'number' && Number.isInteger(birth) ? birth : null;
	const text = (value: unknown) => (typeof value === 'string' && value ? value : null);
	const settlement = text(byDemographic('settlement'));
	const place = settlement ? settlements.find((item) => settlementCode(item.name) === settlement) : undefined;
	return {
		birthYear,
		ageBand: birthYear === null ? null : ageBandOf(birthYear, surveyYear),
		gender: text(byDemographic('gender')),
		settlement,
		areaType: place ? (place.isUrban ? 'urban' : 'rural') : null,
		occupation: text(byDemographic('occupation'))
	};
}

/** Whether the answers so far say the respondent is under 15 (and so should ask a parent). */
export function isUnder15(structure: readonly PagedSection[], answers: Answers, surveyYear: number): boolean {
	return demographicsOf(structure, answers, [], surveyYear).ageBand === 'under_15';
}
