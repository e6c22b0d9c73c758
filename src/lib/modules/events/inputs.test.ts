import { describe, expect, it } from 'vitest';
import { addQuestionRow, expandSessionRows, parseEventValues, publicFilterOf } from './inputs.ts';

const base = {
	type: 'course',
	title: 'Курс видео монтаже',
	registrationMode: 'open',
	status: 'draft',
	sessionId: ['', '', ''],
	sessionDate: ['2026-12-01', '2026-12-08', ''],
	sessionFrom: ['18:00', '18:00', ''],
	sessionTo: ['20:00', '', ''],
	sessionTitle: ['Увод', '', ''],
	questionLabel: ['Доносим лаптоп', ''],
	questionLabelEn: ['I bring a laptop', ''],
	questionKind: ['yes_no', 'text'],
	questionId: ['', ''],
	questionRequired: ['0'],
	questionOptions: ['', ''],
	questionOptionsEn: ['', ''],
	questionOptionIds: ['', '']
};

function parse(overrides: Record<string, string | string[]> = {}) {
	return parseEventValues({ ...base, ...overrides });
}

describe('parseEventValues', () => {
	it('reads filled session rows in Belgrade time and leaves empty ones out', () => {
		const result = parse();
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(
			result.data.sessions.map((session) => [session.startsAt.toISOString(), session.endsAt.toISOString()])
		).toEqual([
			['2026-12-01T17:00:00.000Z', '2026-12-01T19:00:00.000Z'],
			// Without an end time a meeting lasts two hours.
			['2026-12-08T17:00:00.000Z', '2026-12-08T19:00:00.000Z']
		]);
		expect(result.data.sessions[0].title).toBe('Увод');
		expect(result.data.capacity).toBeNull();
		expect(result.data.programmeId).toBeNull();
	});

	it('names the row of a session mistake and needs at least one meeting', () => {
		const wrong = parse({ sessionDate: ['2026-12-01', '2026-02-30', ''], sessionFrom: ['18:00', '', ''] });
		expect(wrong.ok).toBe(false);
		if (wrong.ok) return;
		expect(wrong.errors['sessionDate.1']).toBe('events.date.invalid');
		expect(wrong.errors['sessionFrom.1']).toBe('events.session.fromRequired');
		const none = parse({ sessionDate: ['', ''], sessionFrom: ['', ''], sessionTo: ['', ''], sessionTitle: ['', ''] });
		expect(none.ok === false && none.errors.sessions).toBe('events.session.atLeastOne');
	});

	it('runs a meeting past midnight when it ends earlier than it starts', () => {
		const result = parse({
			sessionDate: ['2026-12-31'],
			sessionFrom: ['22:00'],
			sessionTo: ['02:00'],
			sessionTitle: ['']
		});
		expect(result.ok && result.data.sessions[0].endsAt.toISOString()).toBe('2027-01-01T01:00:00.000Z');
	});

	it('keeps questions with labels, gives them ids, and needs two options for a choice', () => {
		const result = parse();
		expect(result.ok && result.data.questions).toEqual([
			expect.objectContaining({
				kind: 'yes_no',
				label: 'Доносим лаптоп',
				labelEn: 'I bring a laptop',
				required: true,
				options: []
			})
		]);
		const choice = parse({
			questionLabel: ['Ниво знања'],
			questionKind: ['choice'],
			questionId: ['level'],
			questionRequired: [],
			questionOptions: ['Почетни\nНапредни'],
			questionOptionsEn: ['Beginner\nAdvanced'],
			questionOptionIds: ['beginner']
		});
		expect(choice.ok && choice.data.questions[0]).toMatchObject({
			id: 'level',
			required: false,
			options: [
				{ id: 'beginner', label: 'Почетни', labelEn: 'Beginner' },
				{ label: 'Напредни', labelEn: 'Advanced' }
			]
		});
		const single = parse({ questionLabel: ['Ниво'], questionKind: ['choice'], questionOptions: ['Почетни'] });
		expect(single.ok === false && single.errors['questionOptions.0']).toBe('events.question.needsOptions');
	});

	it('checks capacity, ages and the registration window', () => {
		const result = parse({ capacity: '0' });
		expect(result.ok === false && result.errors.capacity).toMatch(/^events\.capacity\.invalid/);
		const ages = parse({ minAge: '30', maxAge: '15' });
		expect(ages.ok === false && ages.errors.maxAge).toBe('validation.ageRange');
		const window = parse({ registrationOpensDate: '2026-11-20', registrationClosesDate: '2026-11-10' });
		expect(window.ok === false && window.errors.registrationClosesDate).toBe('events.registration.closesBeforeOpens');
		const late = parse({ registrationClosesDate: '2027-01-10' });
		expect(late.ok === false && late.errors.registrationClosesDate).toBe('events.registration.closesAfterEnd');
		const fine = parse({
			capacity: '12',
			registrationClosesDate: '2026-11-30',
			onlineUrl: 'https://meet.example.org/x'
		});
		expect(fine.ok && fine.data.registrationClosesAt?.toISOString()).toBe('2026-11-30T22:59:00.000Z');
	});
});

describe('row helpers', () => {
	it('repeats the last dated meeting weekly and drops blank rows after it', () => {
		const values = expandSessionRows({ ...base, repeatCount: '3' }, 'repeatWeekly');
		expect(values.sessionDate).toEqual(['2026-12-01', '2026-12-08', '2026-12-15', '2026-12-22', '2026-12-29']);
		expect(values.sessionFrom).toEqual(['18:00', '18:00', '18:00', '18:00', '18:00']);
		expect(values.sessionId).toHaveLength(5);
		// Summer time does not shift the dates.
		const spring = expandSessionRows(
			{
				sessionDate: ['2027-03-22'],
				sessionFrom: ['18:00'],
				sessionTo: ['20:00'],
				sessionTitle: [''],
				sessionId: [''],
				repeatCount: '2'
			},
			'repeatWeekly'
		);
		expect(spring.sessionDate).toEqual(['2027-03-22', '2027-03-29', '2027-04-05']);
	});

	it('adds an empty meeting row and an empty question row', () => {
		expect(expandSessionRows(base, 'addSession').sessionDate).toEqual(['2026-12-01', '2026-12-08', '', '']);
		const withQuestion = addQuestionRow(base);
		expect(withQuestion.questionLabel).toEqual(['Доносим лаптоп', '', '']);
		expect(withQuestion.questionKind).toEqual(['yes_no', 'text', 'text']);
		expect(withQuestion.questionRequired).toEqual(['0']);
	});

	it('reads the public filters and ignores anything unknown', () => {
		expect(
			publicFilterOf(new URLSearchParams('programme=obrazovanje&type=course&from=2026-12-01&to=nope&page=2'))
		).toEqual({
			programme: 'obrazovanje',
			type: 'course',
			from: '2026-12-01',
			to: '',
			page: 2
		});
		expect(publicFilterOf(new URLSearchParams('type=party')).type).toBeNull();
	});
});
