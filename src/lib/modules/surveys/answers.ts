// How answers travel: from form fields (public pages, preview, data entry) to stored values, and
// back. Pure, shared by collection and analysis.
//
// STORED ANSWER SHAPES (survey_responses.answers / .sensitive_answers, keyed by question key):
//   single, dropdown   → string: the option's code (`value`), e.g. "female"
//   multiple           → string[]: option codes in the order of the options; when "other" is
//                        chosen the array holds "other" and the typed text is stored under
//                        `<key>__other` (string)
//   single with other  → "other", and the typed text under `<key>__other`
//   scale, number      → number
//   matrix             → Record<statement code, number>, e.g. { voice_heard: 4, trust_institutions: 2 }
//   date               → 'YYYY-MM-DD'
//   short/long text    → string (trimmed, never empty: an unanswered question has no entry)
//   ranking            → string[]: option codes in ranked order, first = most important
// An unanswered question has no entry at all. Sensitive questions (isSensitive) are stored in
// `sensitive_answers`, with the same shapes, and only when the respondent gave consent.
import type { SurveyOption, SurveyQuestionKind, SurveyScale } from './schema.ts';
import { encodeMessage } from '../../i18n/index.ts';

export type AnswerValue = string | string[] | number | Record<string, number>;
export type Answers = Record<string, unknown>;

/** What the answer functions need of a question (a row of survey_questions fits). */
export interface QuestionForAnswers {
	key: string;
	kind: SurveyQuestionKind;
	isRequired: boolean;
	isRandomised?: boolean;
	allowsOther: boolean;
	options: SurveyOption[];
	statements: SurveyOption[];
	scale: SurveyScale | null;
	minValue: number | null;
	maxValue: number | null;
	maxChoices: number | null;
	isSensitive?: boolean;
}

/** The option code kept for "other" in choice answers. */
export const OTHER = 'other';
export const OTHER_SUFFIX = '__other';

/** The form field name of a question's answer (a matrix adds `__<statement>`, ranking `__<option>`). */
export function fieldName(key: string): string {
	return `q_${key}`;
}

/** Raw form values: field name → all values sent under that name. */
export type RawValues = Record<string, string[]>;

/** Reads FormData into RawValues (every field as a list, so checkbox groups and single fields read alike). */
export function rawValuesOf(formData: FormData): RawValues {
	const values: RawValues = {};
	for (const name of new Set(formData.keys())) {
		values[name] = formData.getAll(name).filter((item): item is string => typeof item === 'string');
	}
	return values;
}

const first = (raw: RawValues, name: string) => (raw[name]?.[0] ?? '').trim();

export interface ParsedAnswer {
	/** Undefined when not answered. */
	value?: AnswerValue;
	/** The "other" text, when "other" was chosen. */
	other?: string;
	/** A message key (encoded with parameters) when the answer is not acceptable. */
	error?: string;
}

const TEXT_LIMIT: Partial<Record<SurveyQuestionKind, number>> = { short_text: 300, long_text: 5000 };
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(text: string): boolean {
	if (!DATE.test(text)) return false;
	const date = new Date(`${text}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

function scaleOf(question: QuestionForAnswers): SurveyScale {
	return question.scale ?? { min: 1, max: 5, minLabel: '', minLabelEn: '', maxLabel: '', maxLabelEn: '' };
}

/** The allowed scale values of a scale or matrix question, lowest first. */
export function scalePoints(question: QuestionForAnswers): number[] {
	const { min, max } = scaleOf(question);
	const points: number[] = [];
	for (let point = min; point <= max; point++) points.push(point);
	return points;
}

/**
 * Reads and checks one question's answer from the submitted fields: the kind's value checks
 * (number range, real date, known codes, max choices) and "required". Empty means unanswered.
 */
export function parseAnswer(question: QuestionForAnswers, raw: RawValues): ParsedAnswer {
	const name = fieldName(question.key);
	const codes = new Set(question.options.map((option) => option.value));
	const required = (): ParsedAnswer => (question.isRequired ? { error: encodeMessage('surveys.answer.required') } : {});
	switch (question.kind) {
		case 'single':
		case 'dropdown': {
			const value = first(raw, name);
			if (value === '') return required();
			if (value === OTHER && question.allowsOther) {
				const other = first(raw, name + OTHER_SUFFIX);
				if (!other) return { value, error: encodeMessage('surveys.answer.otherRequired') };
				return { value, other: other.slice(0, 300) };
			}
			if (!codes.has(value)) return { error: encodeMessage('surveys.answer.invalidChoice') };
			return { value };
		}
		case 'multiple': {
			const chosen = new Set((raw[name] ?? []).map((item) => item.trim()).filter(Boolean));
			const value = question.options.map((option) => option.value).filter((code) => chosen.has(code));
			const hasOther = question.allowsOther && chosen.has(OTHER);
			if (hasOther) value.push(OTHER);
			if ([...chosen].some((code) => !codes.has(code) && !(code === OTHER && question.allowsOther))) {
				return { error: encodeMessage('surveys.answer.invalidChoice') };
			}
			if (value.length === 0) return required();
			if (question.maxChoices && value.length > question.maxChoices) {
				return { value, error: encodeMessage('surveys.answer.tooManyChoices', { max: question.maxChoices }) };
			}
			if (hasOther) {
				const other = first(raw, name + OTHER_SUFFIX);
				if (!other) return { value, error: encodeMessage('surveys.answer.otherRequired') };
				return { value, other: other.slice(0, 300) };
			}
			return { value };
		}
		case 'scale': {
			const text = first(raw, name);
			if (text === '') return required();
			const number = Number(text);
			if (!scalePoints(question).includes(number)) return { error: encodeMessage('surveys.answer.invalidChoice') };
			return { value: number };
		}
		case 'number': {
			const text = first(raw, name).replace(',', '.');
			if (text === '') return required();
			if (!/^-?\d+(\.\d+)?$/.test(text)) return { error: encodeMessage('surveys.answer.number') };
			const number = Number(text);
			const { minValue: min, maxValue: max } = question;
			if ((min !== null && number < min) || (max !== null && number > max)) {
				// As text: a year is not a quantity, so no thousands separator ("2015", not "2.015").
				if (min !== null && max !== null) {
					return { error: encodeMessage('surveys.answer.range', { min: String(min), max: String(max) }) };
				}
				if (min !== null) return { error: encodeMessage('surveys.answer.atLeast', { min: String(min) }) };
				return { error: encodeMessage('surveys.answer.atMost', { max: String(max) }) };
			}
			return { value: number };
		}
		case 'date': {
			const text = first(raw, name);
			if (text === '') return required();
			if (!isRealDate(text)) return { error: encodeMessage('surveys.answer.date') };
			return { value: text };
		}
		case 'short_text':
		case 'long_text': {
			const text = first(raw, name);
			if (text === '') return required();
			const limit = TEXT_LIMIT[question.kind] ?? 300;
			if (text.length > limit) return { error: encodeMessage('validation.tooLong', { max: limit }) };
			return { value: text };
		}
		case 'matrix': {
			const points = scalePoints(question);
			const value: Record<string, number> = {};
			for (const statement of question.statements) {
				const text = first(raw, `${name}__${statement.value}`);
				if (text === '') continue;
				const number = Number(text);
				if (!points.includes(number)) return { error: encodeMessage('surveys.answer.invalidChoice') };
				value[statement.value] = number;
			}
			const answered = Object.keys(value).length;
			if (answered === 0) return required();
			if (question.isRequired && answered < question.statements.length) {
				return { value, error: encodeMessage('surveys.answer.matrixIncomplete') };
			}
			return { value };
		}
		case 'ranking': {
			const ranks: { code: string; rank: number }[] = [];
			for (const option of question.options) {
				const text = first(raw, `${name}__${option.value}`);
				if (text === '') continue;
				const rank = Number(text);
				if (!Number.isInteger(rank) || rank < 1 || rank > question.options.length) {
					return { error: encodeMessage('surveys.answer.invalidChoice') };
				}
				ranks.push({ code: option.value, rank });
			}
			if (ranks.length === 0) return required();
			if (new Set(ranks.map((item) => item.rank)).size !== ranks.length) {
				return { error: encodeMessage('surveys.answer.rankingRepeated') };
			}
			const value = ranks.sort((a, b) => a.rank - b.rank).map((item) => item.code);
			if (question.isRequired && value.length < question.options.length) {
				return { value, error: encodeMessage('surveys.answer.rankingIncomplete') };
			}
			return { value };
		}
	}
}

/** Turns a stored answer back into form fields, so a page shows what was answered before. */
export function answerToRaw(question: QuestionForAnswers, answers: Answers): RawValues {
	const name = fieldName(question.key);
	const value = answers[question.key];
	if (value === undefined || value === null) return {};
	const raw: RawValues = {};
	const other = answers[question.key + OTHER_SUFFIX];
	if (typeof other === 'string') raw[name + OTHER_SUFFIX] = [other];
	if (question.kind === 'matrix' && typeof value === 'object' && !Array.isArray(value)) {
		for (const [statement, point] of Object.entries(value as Record<string, number>)) {
			raw[`${name}__${statement}`] = [String(point)];
		}
	} else if (question.kind === 'ranking' && Array.isArray(value)) {
		value.forEach((code, index) => (raw[`${name}__${code}`] = [String(index + 1)]));
	} else if (Array.isArray(value)) {
		raw[name] = value.map(String);
	} else {
		raw[name] = [String(value)];
	}
	return raw;
}

/** The form fields of many questions at once. */
export function answersToRaw(questions: readonly QuestionForAnswers[], answers: Answers): RawValues {
	return Object.assign({}, ...questions.map((question) => answerToRaw(question, answers)));
}

/** Writes a parsed answer into an answers object (removing it, and its "other" text, when empty). */
export function putAnswer(answers: Answers, key: string, parsed: ParsedAnswer): void {
	delete answers[key];
	delete answers[key + OTHER_SUFFIX];
	if (parsed.value === undefined) return;
	answers[key] = parsed.value;
	if (parsed.other) answers[key + OTHER_SUFFIX] = parsed.other;
}

/** Whether a stored answer counts as given (for "required" and for conditions). */
export function isAnswered(value: unknown): boolean {
	if (value === undefined || value === null || value === '') return false;
	if (Array.isArray(value)) return value.length > 0;
	if (typeof value === 'object') return Object.keys(value).length > 0;
	return true;
}

/** A small seeded generator (mulberry32), so a respondent sees the same order on every page load. */
function seededRandom(seedText: string): () => number {
	let seed = 2166136261;
	for (let index = 0; index < seedText.length; index++) {
		seed = Math.imul(seed ^ seedText.charCodeAt(index), 16777619);
	}
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let mixed = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
		return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * The options in the order one respondent sees them: shuffled when the question asks for it, the
 * same for the same seed (the response id) and question, so paging back and forth keeps the order.
 * "Other" is not among the options and so always stays last.
 */
export function orderedOptions<T>(options: readonly T[], isRandomised: boolean, seed: string, key: string): T[] {
	const ordered = [...options];
	if (!isRandomised || !seed) return ordered;
	const random = seededRandom(`${seed}:${key}`);
	for (let index = ordered.length - 1; index > 0; index--) {
		const swap = Math.floor(random() * (index + 1));
		[ordered[index], ordered[swap]] = [ordered[swap], ordered[index]];
	}
	return ordered;
}
