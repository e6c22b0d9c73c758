import { describe, expect, it } from 'vitest';
import {
	isConditionMet,
	nextSectionIndex,
	previousSectionIndex,
	shownAnswers,
	visibleStructure
} from './conditions.ts';
import { answersToRaw, orderedOptions, parseAnswer, putAnswer, type QuestionForAnswers } from './answers.ts';
import { isValidKey, optionLinesText, parseOptionLines, suggestCode, suggestKey } from './keys.ts';
import { settlementCode } from './demographics-block.ts';
import { applyPage, completeAnswers, demographicsOf, isUnder15, type PagedQuestion } from './paging.ts';
import { DEMO_SETTLEMENTS } from './seed.server.ts';

const question = (overrides: Partial<QuestionForAnswers>): QuestionForAnswers => ({
	key: 'q',
	kind: 'single',
	isRequired: false,
	allowsOther: false,
	options: [
		{ value: 'a', label: 'А', labelEn: 'A' },
		{ value: 'b', label: 'Б', labelEn: 'B' },
		{ value: 'c', label: 'Ц', labelEn: 'C' }
	],
	statements: [],
	scale: null,
	minValue: null,
	maxValue: null,
	maxChoices: null,
	...overrides
});

describe('conditions', () => {
	it('equals, not_equals, includes and answered', () => {
		expect(isConditionMet(null, {})).toBe(true);
		expect(isConditionMet({ questionKey: 'k', operator: 'equals', values: ['yes'] }, { k: 'yes' })).toBe(true);
		expect(isConditionMet({ questionKey: 'k', operator: 'equals', values: ['yes'] }, { k: 'no' })).toBe(false);
		expect(isConditionMet({ questionKey: 'k', operator: 'equals', values: ['yes'] }, {})).toBe(false);
		expect(isConditionMet({ questionKey: 'k', operator: 'not_equals', values: ['yes'] }, { k: 'no' })).toBe(true);
		expect(isConditionMet({ questionKey: 'k', operator: 'not_equals', values: ['yes'] }, { k: 'yes' })).toBe(false);
		expect(isConditionMet({ questionKey: 'k', operator: 'includes', values: ['x'] }, { k: ['y', 'x'] })).toBe(true);
		expect(isConditionMet({ questionKey: 'k', operator: 'includes', values: ['x'] }, { k: ['y'] })).toBe(false);
		expect(isConditionMet({ questionKey: 'k', operator: 'answered', values: [] }, { k: [] })).toBe(false);
		expect(isConditionMet({ questionKey: 'k', operator: 'answered', values: [] }, { k: 3 })).toBe(true);
		expect(isConditionMet({ questionKey: 'k', operator: 'equals', values: ['4'] }, { k: 4 })).toBe(true);
	});

	const sections = [
		{
			condition: null,
			questions: [
				{ key: 'knows', condition: null },
				{ key: 'rating', condition: { questionKey: 'knows', operator: 'equals' as const, values: ['yes'] } }
			]
		},
		{
			condition: { questionKey: 'rating', operator: 'answered' as const, values: [] },
			questions: [{ key: 'why', condition: null }]
		},
		{ condition: null, questions: [{ key: 'last', condition: null }] }
	];

	it('hides a question and whatever depends on it, and skips hidden sections', () => {
		const stale = { knows: 'no', rating: 4, why: 'stale' };
		expect(
			visibleStructure(sections, stale).map(({ index, questions }) => [index, questions.map((q) => q.key)])
		).toEqual([
			[0, ['knows']],
			[2, ['last']]
		]);
		expect(shownAnswers(sections, stale)).toEqual({ knows: 'no' });
		expect(nextSectionIndex(sections, stale, 0)).toBe(2);
		expect(previousSectionIndex(sections, stale, 2)).toBe(0);
		const shown = { knows: 'yes', rating: 4 };
		expect(nextSectionIndex(sections, shown, 0)).toBe(1);
		expect(nextSectionIndex(sections, shown, -1)).toBe(0);
		expect(nextSectionIndex(sections, shown, 2)).toBeNull();
	});
});

describe('answers', () => {
	it('single choice: code, unknown code, required, other', () => {
		expect(parseAnswer(question({}), { q_q: ['b'] })).toEqual({ value: 'b' });
		expect(parseAnswer(question({}), { q_q: ['zz'] }).error).toBe('surveys.answer.invalidChoice');
		expect(parseAnswer(question({ isRequired: true }), {}).error).toBe('surveys.answer.required');
		expect(parseAnswer(question({}), {})).toEqual({});
		expect(parseAnswer(question({ allowsOther: true }), { q_q: ['other'], q_q__other: [' Шах '] })).toEqual({
			value: 'other',
			other: 'Шах'
		});
		expect(parseAnswer(question({ allowsOther: true }), { q_q: ['other'] }).error).toBe('surveys.answer.otherRequired');
	});

	it('multiple choice keeps option order and checks the maximum', () => {
		const multiple = question({ kind: 'multiple', maxChoices: 2, allowsOther: true });
		expect(parseAnswer(multiple, { q_q: ['c', 'a'] })).toEqual({ value: ['a', 'c'] });
		expect(parseAnswer(multiple, { q_q: ['c', 'a', 'b'] }).error).toBe('surveys.answer.tooManyChoices|{"max":2}');
		expect(parseAnswer(multiple, { q_q: ['other', 'a'], q_q__other: ['x'] })).toEqual({
			value: ['a', 'other'],
			other: 'x'
		});
	});

	it('scale, number range and dates', () => {
		expect(parseAnswer(question({ kind: 'scale' }), { q_q: ['5'] })).toEqual({ value: 5 });
		expect(parseAnswer(question({ kind: 'scale' }), { q_q: ['6'] }).error).toBe('surveys.answer.invalidChoice');
		const number = question({ kind: 'number', minValue: 1990, maxValue: 2015 });
		expect(parseAnswer(number, { q_q: ['2008'] })).toEqual({ value: 2008 });
		expect(parseAnswer(number, { q_q: ['1890'] }).error).toBe('surveys.answer.range|{"min":"1990","max":"2015"}');
		expect(parseAnswer(number, { q_q: ['две'] }).error).toBe('surveys.answer.number');
		expect(parseAnswer(question({ kind: 'date' }), { q_q: ['2026-02-30'] }).error).toBe('surveys.answer.date');
		expect(parseAnswer(question({ kind: 'date' }), { q_q: ['2026-02-28'] })).toEqual({ value: '2026-02-28' });
	});

	it('matrix and ranking', () => {
		const matrix = question({
			kind: 'matrix',
			isRequired: true,
			statements: [
				{ value: 's1', label: '', labelEn: '' },
				{ value: 's2', label: '', labelEn: '' }
			]
		});
		expect(parseAnswer(matrix, { q_q__s1: ['2'], q_q__s2: ['4'] })).toEqual({ value: { s1: 2, s2: 4 } });
		expect(parseAnswer(matrix, { q_q__s1: ['2'] }).error).toBe('surveys.answer.matrixIncomplete');
		const ranking = question({ kind: 'ranking' });
		expect(parseAnswer(ranking, { q_q__a: ['3'], q_q__b: ['1'], q_q__c: ['2'] })).toEqual({ value: ['b', 'c', 'a'] });
		expect(parseAnswer(ranking, { q_q__a: ['1'], q_q__b: ['1'] }).error).toBe('surveys.answer.rankingRepeated');
	});

	it('goes back into form fields unchanged', () => {
		const questions = [
			question({ key: 'm', kind: 'multiple', allowsOther: true }),
			question({ key: 'r', kind: 'ranking' }),
			question({ key: 'x', kind: 'matrix', statements: [{ value: 's1', label: '', labelEn: '' }] })
		];
		const answers: Record<string, unknown> = {};
		for (const item of questions) {
			putAnswer(
				answers,
				item.key,
				parseAnswer(item, { q_m: ['a', 'other'], q_m__other: ['t'], q_r__b: ['1'], q_r__a: ['2'], q_x__s1: ['3'] })
			);
		}
		expect(answers).toEqual({ m: ['a', 'other'], m__other: 't', r: ['b', 'a'], x: { s1: 3 } });
		const raw = answersToRaw(questions, answers);
		const again: Record<string, unknown> = {};
		for (const item of questions) putAnswer(again, item.key, parseAnswer(item, raw));
		expect(again).toEqual(answers);
	});

	it('shuffles options the same way for the same respondent', () => {
		const options = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
		const first = orderedOptions(options, true, 'response-1', 'free_time');
		expect(orderedOptions(options, true, 'response-1', 'free_time')).toEqual(first);
		expect([...first].sort()).toEqual(options);
		const orders = new Set(
			['r1', 'r2', 'r3', 'r4', 'r5'].map((seed) => orderedOptions(options, true, seed, 'k').join())
		);
		expect(orders.size).toBeGreaterThan(1);
		expect(orderedOptions(options, false, 'response-1', 'k')).toEqual(options);
	});
});

describe('keys and option lines', () => {
	it('suggests a key from a prompt in either script, unique in the survey', () => {
		expect(suggestKey('Колико ти је година?')).toBe('koliko_ti_je_godina');
		expect(suggestKey('Koliko ti je godina?', ['koliko_ti_je_godina'])).toBe('koliko_ti_je_godina_2');
		expect(suggestKey('2026: план')).toBe('q_2026_plan');
		expect(suggestKey('???')).toBe('q');
		expect(isValidKey('free_time')).toBe(true);
		expect(isValidKey('Free time')).toBe(false);
		expect(isValidKey('a__b')).toBe(false);
		expect(suggestKey('Ово је једно веома дугачко питање које има много речи у себи').length).toBeLessThanOrEqual(40);
	});

	it('keeps option codes when labels change and derives new ones', () => {
		const options = parseOptionLines('Спорт | Sport\nКултура\n\nСпорт');
		expect(options.map((item) => item.value)).toEqual(['sport', 'kultura', 'sport_2']);
		expect(options[0].labelEn).toBe('Sport');
		const text = optionLinesText(options);
		const edited = parseOptionLines(text.replace('= Спорт | Sport', '= Спорт и рекреација | Sport and recreation'));
		expect(edited[0]).toEqual({ value: 'sport', label: 'Спорт и рекреација', labelEn: 'Sport and recreation' });
		expect(suggestCode('Друго')).toBe('drugo');
		expect(suggestCode('other')).toBe('other_2');
		expect(settlementCode('Међуречје')).toBe('medjurecje');
	});
});

describe('browser-safe constants', () => {
	it('match the schema', async () => {
		const schema = await import('./schema.ts');
		const constants = await import('./constants.ts');
		expect([...constants.QUESTION_KINDS]).toEqual([...schema.SURVEY_QUESTION_KINDS]);
		expect([...constants.CONSENT_MODES]).toEqual([...schema.PARENTAL_CONSENT_MODES]);
	});
});

describe('paging', () => {
	const q = (key: string, overrides: Partial<PagedQuestion> = {}): PagedQuestion => ({
		...question({ key }),
		condition: null,
		demographic: null,
		isSensitive: false,
		...overrides
	});
	const structure = [
		{
			condition: null,
			questions: [
				q('birth', { kind: 'number', demographic: 'birth_year', isRequired: true }),
				q('place', {
					kind: 'dropdown',
					demographic: 'settlement',
					options: [{ value: 'kusici', label: 'Кушићи', labelEn: '' }]
				}),
				q('groups', { kind: 'multiple', isSensitive: true })
			]
		},
		{
			condition: null,
			questions: [
				q('knows', { isRequired: true }),
				q('rating', {
					kind: 'scale',
					isRequired: true,
					condition: { questionKey: 'knows', operator: 'equals', values: ['a'] }
				})
			]
		}
	];

	it('shows a question switched on by an answer on the same page, without an error', () => {
		const applied = applyPage(structure, 1, { q_knows: ['a'] }, {}, { consent: false, displayedKeys: ['knows'] });
		expect(applied.hasNewQuestions).toBe(true);
		expect(applied.shownKeys).toEqual(['knows', 'rating']);
		const again = applyPage(
			structure,
			1,
			{ q_knows: ['a'] },
			{},
			{ consent: false, displayedKeys: ['knows', 'rating'] }
		);
		expect(again.errors).toEqual({ rating: 'surveys.answer.required' });
	});

	it('drops a sensitive answer without consent and keeps it apart with it', () => {
		const raw = { q_birth: ['2005'], q_place: ['kusici'], q_groups: ['a'] };
		const without = applyPage(structure, 0, raw, {}, { consent: false, displayedKeys: null });
		expect(without.answers).toEqual({ birth: 2005, place: 'kusici' });
		const withConsent = applyPage(structure, 0, raw, {}, { consent: true, displayedKeys: null });
		const final = completeAnswers(structure, { ...withConsent.answers, knows: 'b' }, true);
		expect(final).toEqual({
			answers: { birth: 2005, place: 'kusici', knows: 'b' },
			sensitiveAnswers: { groups: ['a'] },
			missingSection: null
		});
		expect(completeAnswers(structure, { birth: 2005 }, false).missingSection).toBe(1);
	});

	it('copies the demographics into columns and finds an under-15 respondent', () => {
		const settlements = DEMO_SETTLEMENTS;
		expect(demographicsOf(structure, { birth: 2005, place: 'kusici' }, settlements, 2026)).toEqual({
			birthYear: 2005,
			ageBand: '20_24',
			gender: null,
			settlement: 'kusici',
			areaType: 'rural',
			occupation: null
		});
		expect(isUnder15(structure, { birth: 2013 }, 2026)).toBe(true);
		expect(isUnder15(structure, { birth: 2011 }, 2026)).toBe(false);
		expect(DEMO_SETTLEMENTS.map(({ name }) => settlementCode(name))).toEqual([
			'ivanjica',
			'prilike',
			'kusici',
			'medjurecje',
			'brezova',
			'devici',
			'katici',
			'osonica',
			'ercege',
			'luke',
			'lisa'
		]);
	});
});
