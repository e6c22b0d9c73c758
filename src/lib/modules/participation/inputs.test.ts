// Over-long texts in the participation forms: refused with a message naming the limit, in every
// locale, and the form gets back exactly what was typed (a 400, never a 500).
import { describe, expect, it } from 'vitest';
import type * as v from 'valibot';
import { parseForm } from '../../server/forms.ts';
import { createI18n } from '../../i18n/index.ts';
import { LOCALES } from '../../i18n/locale.ts';
import {
	answerInput,
	commentInput,
	initiativeInput,
	MAX_POLL_OPTION,
	pollInput,
	progressInput,
	projectInput,
	reportInput,
	reviewInput,
	roundInput
} from './inputs.ts';

function form(fields: Record<string, string>): FormData {
	const data = new FormData();
	for (const [name, value] of Object.entries(fields)) data.append(name, value);
	return data;
}

/** Parses the form, expects a refusal, and returns its errors after checking the typed values came back. */
function refused(schema: v.GenericSchema, fields: Record<string, string>) {
	const parsed = parseForm(schema, form(fields));
	if (parsed.ok) throw new Error('expected the form to be refused');
	expect(parsed.failure.status).toBe(400);
	expect(parsed.failure.data.message).toBe('common.formHasErrors');
	for (const [name, value] of Object.entries(fields)) expect(parsed.failure.data.values[name]).toBe(value);
	return parsed.failure.data.errors;
}

const long = (length: number) => 'ж'.repeat(length);

/** The message shown in each locale names the limit. */
function namesLimit(encoded: string | undefined, max: number) {
	expect(encoded).toBeDefined();
	for (const locale of LOCALES) {
		const text = createI18n(locale).tEncoded(encoded!);
		// Numbers are written the locale's way (3.000, 3,000): compare the digits.
		expect(text.replace(/\D/g, '')).toContain(String(max));
		expect(text).not.toMatch(/participation\.|validation\./);
	}
}

describe('over-long participation texts', () => {
	it('refuses an initiative whose title or problem is too long, keeping every field typed', () => {
		const errors = refused(initiativeInput, {
			title: long(151),
			problem: long(3001),
			proposal: 'Предлог који остаје.',
			place: 'Дом културе',
			audience: 'Средњошколци',
			groupName: ''
		});
		expect(Object.keys(errors).sort()).toEqual(['problem', 'title']);
		namesLimit(errors.title, 150);
		namesLimit(errors.problem, 3000);
		expect(refused(initiativeInput, { title: 'Наслов', problem: 'П', proposal: long(3001) }).proposal).toContain(
			'validation.tooLong'
		);
		expect(
			refused(initiativeInput, { title: 'Наслов', problem: 'П', proposal: 'П', place: long(201) }).place
		).toContain('validation.tooLong');
		// At the limit it is accepted.
		expect(parseForm(initiativeInput, form({ title: long(150), problem: long(3000), proposal: 'П' })).ok).toBe(true);
	});

	it('refuses an over-long comment, report note, project, answer, review and progress note', () => {
		namesLimit(refused(commentInput, { body: long(2001), parentId: '' }).body, 2000);
		namesLimit(refused(reportInput, { reason: 'offensive', note: long(501) }).note, 500);
		const project = refused(projectInput, { title: long(151), description: long(3001), estimatedCost: '120000' });
		namesLimit(project.title, 150);
		namesLimit(project.description, 3000);
		namesLimit(refused(answerInput, { status: 'accepted', answer: long(5001), answerEn: '' }).answer, 5000);
		namesLimit(
			refused(reviewInput, { feasibility: 'not_feasible', finalCost: '1000', reason: long(1001) }).reason,
			1000
		);
		namesLimit(refused(progressInput, { progress: '50', note: long(1001) }).note, 1000);
	});

	it('refuses an over-long round description and poll question, and a poll answer over the line limit', () => {
		const round = {
			title: 'Буџет',
			description: long(3001),
			amount: '100000',
			rule: 'within_amount',
			proposalsFrom: '2026-01-01',
			reviewFrom: '2026-02-01',
			votingFrom: '2026-03-01',
			resultsFrom: '2026-04-01',
			implementationFrom: '2026-05-01'
		};
		namesLimit(refused(roundInput, round).description, 3000);
		const poll = {
			question: long(301),
			options: `Кратак\n${long(MAX_POLL_OPTION + 1)}`,
			optionsEn: `Short\n${long(MAX_POLL_OPTION + 1)}`,
			audience: 'everyone',
			opensAt: '2026-01-01',
			closesAt: '2026-02-01'
		};
		const errors = refused(pollInput, poll);
		namesLimit(errors.question, 300);
		namesLimit(errors.options, MAX_POLL_OPTION);
		namesLimit(errors.optionsEn, MAX_POLL_OPTION);
		const tooMany = refused(pollInput, {
			...poll,
			question: 'Питање?',
			options: 'Да\nНе',
			optionsEn: Array.from({ length: 11 }, (_, index) => `Answer ${index}`).join('\n')
		});
		expect(tooMany.optionsEn).toBe('participation.error.pollOptions');
	});
});
