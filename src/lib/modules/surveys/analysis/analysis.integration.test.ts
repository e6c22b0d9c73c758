import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { createTestDatabase, type TestDatabase } from '../../../server/testing/db.ts';
import { contextOf, createOffice, createPerson } from '../../../server/testing/factories.ts';
import { auditLog } from '../../../server/db/core-schema.ts';
import type { Actor } from '../../../server/actor.ts';
import { isAppError } from '../../../server/errors.ts';
import { surveyAnswerTallies, surveyResponses, surveys } from '../schema.ts';
import { createNeedsSurveyFixture } from './needs-survey-fixture.ts';
import { generateNeedsResponses, insertResponses, type GeneratedResponse } from './generate-responses.ts';
import {
	NO_FILTER,
	compareYears,
	countThemesForQuestion,
	crossTabulate,
	getSurveyForAnalysis,
	listOpenAnswers,
	summarizeSurvey,
	type AnalysisSurvey
} from './queries.server.ts';
import { createResearchTheme } from './commands/create-theme.server.ts';
import { codeAnswers } from './commands/code-answers.server.ts';
import { exportResponses } from './export.server.ts';
import { readOpenAnswers } from './staff-reads.server.ts';
import { buildResultsReport } from './report-pdf.server.ts';
import { listSurveysWithResponses } from './research-queries.server.ts';
import { listSurveysForAdmin } from '../queries.server.ts';

let test: TestDatabase;
let officeId: string;
let coordinator: Actor;
let staff: Actor;
let youngPerson: Actor;
let survey: AnalysisSurvey;
let generated: GeneratedResponse[];

async function expectError(promise: Promise<unknown>, code: string) {
	const caught = await promise.then(
		() => null,
		(error: unknown) => error
	);
	expect(isAppError(caught), String(caught)).toBe(true);
	if (isAppError(caught)) expect(caught.code).toBe(code);
}

/** A response with hand-picked answers, for counts checked by hand. */
function response(answers: Record<string, unknown>, columns: Partial<GeneratedResponse> = {}): GeneratedResponse {
	return {
		officeId,
		surveyId: survey.id,
		source: 'link',
		answers,
		sensitiveAnswers: {},
		sensitiveConsent: false,
		isComplete: true,
		currentSection: 4,
		birthYear: null,
		ageBand: null,
		gender: null,
		settlement: null,
		areaType: null,
		occupation: null,
		startedAt: new Date('2026-03-01T10:00:00Z'),
		submittedAt: new Date('2026-03-01T10:07:00Z'),
		isDemo: false,
		...columns
	};
}

beforeAll(async () => {
	test = await createTestDatabase();
	officeId = (await createOffice(test.db)).id;
	coordinator = await createPerson(test.db, { officeId, roles: ['coordinator'] });
	staff = await createPerson(test.db, { officeId, roles: ['staff'] });
	youngPerson = await createPerson(test.db, { officeId, roles: ['young_person'] });
	const id = await createNeedsSurveyFixture(test.db, officeId, { slug: 'potrebe-mladih-2026', year: 2026 });
	survey = (await getSurveyForAnalysis(test.db, officeId, id))!;
});

afterAll(async () => {
	await test?.close();
});

describe('hand-computed summary', () => {
	beforeAll(async () => {
		// 7 complete responses + 1 unfinished one that the default filter leaves out.
		await insertResponses(test.db, [
			response(
				{
					knows_kzm: 'yes',
					kzm_rating: 5,
					free_time: ['sport', 'online'],
					participation: { voice_heard: 2 },
					priorities: ['jobs', 'transport']
				},
				{ gender: 'female', ageBand: '15_19' }
			),
			response(
				{
					knows_kzm: 'yes',
					kzm_rating: 4,
					free_time: ['sport'],
					participation: { voice_heard: 4 },
					priorities: ['transport', 'jobs']
				},
				{ gender: 'female', ageBand: '15_19' }
			),
			response(
				{ knows_kzm: 'yes', kzm_rating: 4, free_time: ['online'], priorities: ['jobs', 'transport'] },
				{ gender: 'male', ageBand: '20_24' }
			),
			response({ knows_kzm: 'no', free_time: [] }, { gender: 'male', ageBand: '20_24' }),
			response({ knows_kzm: 'no', missing_content: 'Nema bioskopa u gradu' }, { gender: 'female', ageBand: '25_30' }),
			response(
				{ knows_kzm: 'yes', kzm_rating: 1, missing_content: 'Недостаје биоскоп и превоз' },
				{ gender: 'female', ageBand: '15_19' }
			),
			response({ knows_kzm: 'yes', kzm_rating: 3, missing_content: '   ' }, { gender: 'male', ageBand: '15_19' }),
			response({ knows_kzm: 'no' }, { isComplete: false, submittedAt: null })
		]);
	});

	it('counts options, percentages of those who answered, mean and median', async () => {
		const summary = await summarizeSurvey(test.db, survey, NO_FILTER, { exact: true });
		expect(summary.respondents).toBe(7);
		const knows = summary.questions.find((q) => q.key === 'knows_kzm');
		expect(knows?.type).toBe('choice');
		if (knows?.type !== 'choice') return;
		expect(knows.answered).toEqual({ hidden: false, count: 7 });
		expect(knows.options.map((o) => [o.value, o.count, o.percent])).toEqual([
			['yes', { hidden: false, count: 5 }, 71.4],
			['no', { hidden: false, count: 2 }, 28.6]
		]);
		// Ratings 5, 4, 4, 1, 3 → mean 3.4, median 4.
		const rating = summary.questions.find((q) => q.key === 'kzm_rating');
		if (rating?.type !== 'numeric') throw new Error('numeric expected');
		expect(rating.answered).toEqual({ hidden: false, count: 5 });
		expect(rating.mean).toBe(3.4);
		expect(rating.median).toBe(4);
		expect(rating.distribution.map((entry) => [entry.value, entry.percent])).toEqual([
			['1', 20],
			['2', 0],
			['3', 20],
			['4', 40],
			['5', 20]
		]);
		// Multiple choice: the empty list is not an answer; percentages of the 3 who answered.
		const freeTime = summary.questions.find((q) => q.key === 'free_time');
		if (freeTime?.type !== 'choice') throw new Error('choice expected');
		expect(freeTime.answered).toEqual({ hidden: false, count: 3 });
		expect(freeTime.options.find((o) => o.value === 'sport')?.percent).toBe(66.7);
		const participation = summary.questions.find((q) => q.key === 'participation');
		if (participation?.type !== 'matrix') throw new Error('matrix expected');
		expect(participation.statements.find((s) => s.value === 'voice_heard')?.mean).toBe(3);
		const priorities = summary.questions.find((q) => q.key === 'priorities');
		if (priorities?.type !== 'ranking') throw new Error('ranking expected');
		// jobs at 1, 2, 1 → 1.3; transport at 2, 1, 2 → 1.7
		expect(priorities.items.slice(0, 2).map((item) => [item.value, item.averagePosition])).toEqual([
			['jobs', 1.3],
			['transport', 1.7]
		]);
		const open = summary.questions.find((q) => q.key === 'missing_content');
		expect(open?.answered).toEqual({ hidden: false, count: 2 });
	});

	it('counts unfinished responses when asked to', async () => {
		const summary = await summarizeSurvey(test.db, survey, { ...NO_FILTER, completeOnly: false }, { exact: true });
		expect(summary.respondents).toBe(8);
	});

	it('cross-tabulates with every count under five shown as hidden', async () => {
		const table = await crossTabulate(test.db, survey, 'knows_kzm', 'gender', NO_FILTER);
		if (table?.mode !== 'counts') throw new Error('counts expected');
		expect(table.columns).toEqual(['female', 'male']);
		// female: yes 3, no 1 (base 4); male: yes 2, no 1 (base 3) — everything is under 5.
		expect(table.rows.flatMap((row) => row.cells.map((cell) => cell.count.hidden))).toEqual([true, true, true, true]);
		expect(table.columnTotals).toEqual([{ hidden: true }, { hidden: true }]);
		expect(table.grandTotal).toEqual({ hidden: false, count: 7 });
		// "no" (2) is hidden, so "yes" (5) is hidden too: 7 − 5 would give the 2 back.
		expect(table.rows.map((row) => row.total)).toEqual([{ hidden: true }, { hidden: true }]);
	});

	it('finds open answers in either script and leaves out blank ones', async () => {
		const all = await listOpenAnswers(test.db, survey, 'missing_content', {});
		expect(all.total).toBe(2);
		const cyrillicQuery = await listOpenAnswers(test.db, survey, 'missing_content', { search: 'биоскоп' });
		expect(cyrillicQuery.total).toBe(2);
		const latinQuery = await listOpenAnswers(test.db, survey, 'missing_content', { search: 'prevoz' });
		expect(latinQuery.answers.map((a) => a.text)).toEqual(['Недостаје биоскоп и превоз']);
	});
});

describe('coding open answers', () => {
	it('creates a theme and tags answers in a batch, with an audit record', async () => {
		const ctx = contextOf(test.db, officeId, staff);
		const theme = await createResearchTheme(ctx, { name: 'Биоскоп', nameEn: 'Cinema', description: '' });
		const answers = await readOpenAnswers(ctx, survey, 'missing_content', {});
		const result = await codeAnswers(ctx, {
			surveyId: survey.id,
			questionKey: 'missing_content',
			themeId: theme.id,
			responseIds: answers.answers.map((a) => a.responseId),
			remove: false
		});
		expect(result.changed).toBe(2);
		const counts = await countThemesForQuestion(test.db, survey, 'missing_content');
		expect(counts).toEqual([{ themeId: theme.id, name: 'Биоскоп', nameEn: 'Cinema', count: 2 }]);
		const coded = await listOpenAnswers(test.db, survey, 'missing_content', { themeId: theme.id });
		expect(coded.total).toBe(2);
		const uncoded = await listOpenAnswers(test.db, survey, 'missing_content', { uncodedOnly: true });
		expect(uncoded.total).toBe(0);
		const audits = await test.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.officeId, officeId), eq(auditLog.actorUserId, staff.userId)));
		expect(audits.map((a) => a.action)).toEqual(
			expect.arrayContaining(['surveys.theme.created', 'surveys.openAnswers.viewed', 'surveys.answers.coded'])
		);
		// Untagging one answer.
		await codeAnswers(ctx, {
			surveyId: survey.id,
			questionKey: 'missing_content',
			themeId: theme.id,
			responseIds: [answers.answers[0].responseId],
			remove: true
		});
		expect((await countThemesForQuestion(test.db, survey, 'missing_content'))[0].count).toBe(1);
	});

	it('refuses a duplicate theme name and someone who is not staff', async () => {
		await expectError(
			createResearchTheme(contextOf(test.db, officeId, coordinator), { name: 'Биоскоп', nameEn: '', description: '' }),
			'conflict'
		);
		await expectError(
			createResearchTheme(contextOf(test.db, officeId, youngPerson), { name: 'Посао', nameEn: '', description: '' }),
			'forbidden'
		);
		const theme = await createResearchTheme(contextOf(test.db, officeId, coordinator), {
			name: 'Превоз',
			nameEn: '',
			description: ''
		});
		const answers = await listOpenAnswers(test.db, survey, 'missing_content', {});
		await expectError(
			codeAnswers(contextOf(test.db, officeId, youngPerson), {
				surveyId: survey.id,
				questionKey: 'missing_content',
				themeId: theme.id,
				responseIds: [answers.answers[0].responseId],
				remove: false
			}),
			'forbidden'
		);
	});

	it('refuses answers of another office', async () => {
		const otherOffice = (await createOffice(test.db)).id;
		const otherStaff = await createPerson(test.db, { officeId: otherOffice, roles: ['staff'] });
		const theme = await createResearchTheme(contextOf(test.db, otherOffice, otherStaff), {
			name: 'Туђа тема',
			nameEn: '',
			description: ''
		});
		const answers = await listOpenAnswers(test.db, survey, 'missing_content', {});
		await expectError(
			codeAnswers(contextOf(test.db, otherOffice, otherStaff), {
				surveyId: survey.id,
				questionKey: 'missing_content',
				themeId: theme.id,
				responseIds: [answers.answers[0].responseId],
				remove: false
			}),
			'not_found'
		);
	});
});

describe('a generated survey', () => {
	let bigSurvey: AnalysisSurvey;
	beforeAll(async () => {
		const id = await createNeedsSurveyFixture(test.db, officeId, { slug: 'potrebe-generated', year: 2026 });
		bigSurvey = (await getSurveyForAnalysis(test.db, officeId, id))!;
		generated = await generateNeedsResponses(test.db, { officeId, surveyId: id, count: 400, seed: 7 });
		await insertResponses(test.db, generated);
	});

	it('summarises the same numbers as counting the generated answers', async () => {
		const complete = generated.filter((row) => row.isComplete);
		const summary = await summarizeSurvey(test.db, bigSurvey, NO_FILTER, { exact: true });
		expect(summary.respondents).toBe(complete.length);
		// The survey list and the research overview show the same count as the summary.
		const listed = (await listSurveysForAdmin(contextOf(test.db, officeId, coordinator))).find(
			(row) => row.id === bigSurvey.id
		);
		expect(listed?.responses).toBe(complete.length);
		const overview = (await listSurveysWithResponses(test.db, officeId)).find((row) => row.id === bigSurvey.id);
		expect(overview?.responses).toBe(complete.length);
		const plans = summary.questions.find((q) => q.key === 'plans_after_school');
		if (plans?.type !== 'choice') throw new Error('choice expected');
		const stay = complete.filter((row) => row.answers.plans_after_school === 'stay').length;
		expect(plans.options.find((o) => o.value === 'stay')?.count).toEqual({ hidden: false, count: stay });
		const sport = complete.filter((row) => (row.answers.free_time as string[]).includes('sport')).length;
		const freeTime = summary.questions.find((q) => q.key === 'free_time');
		if (freeTime?.type !== 'choice') throw new Error('choice expected');
		expect(freeTime.options.find((o) => o.value === 'sport')?.count).toEqual({ hidden: false, count: sport });
		// The sensitive question is summarised from the separate column, only as aggregates.
		const vulnerable = summary.questions.find((q) => q.key === 'vulnerable');
		if (vulnerable?.type !== 'choice') throw new Error('choice expected');
		const consenting = complete.filter((row) => row.sensitiveAnswers.vulnerable).length;
		expect(vulnerable.answered).toEqual({ hidden: false, count: consenting });
		for (const option of vulnerable.options)
			if (!option.count.hidden) expect(option.count.count).toBeGreaterThanOrEqual(5);
	});

	it('cross-tabulates by urban and rural with the generated counts, and hides small settlement cells', async () => {
		const complete = generated.filter((row) => row.isComplete);
		const table = await crossTabulate(test.db, bigSurvey, 'knows_kzm', 'area_type', NO_FILTER);
		if (table?.mode !== 'counts') throw new Error('counts expected');
		expect(table.columns).toEqual(['urban', 'rural']);
		const ruralYes = complete.filter((row) => row.areaType === 'rural' && row.answers.knows_kzm === 'yes').length;
		const yes = table.rows.find((row) => row.value === 'yes')!;
		expect(yes.cells[1].count).toEqual({ hidden: false, count: ruralYes });
		const bySettlement = await crossTabulate(test.db, bigSurvey, 'plans_after_school', 'settlement', NO_FILTER);
		if (bySettlement?.mode !== 'counts') throw new Error('counts expected');
		const hidden = bySettlement.rows.flatMap((row) => row.cells).filter((cell) => cell.count.hidden);
		expect(hidden.length).toBeGreaterThan(0);
		for (const row of bySettlement.rows)
			for (const cell of row.cells) if (!cell.count.hidden) expect(cell.count.count).toBeGreaterThanOrEqual(5);
	});

	it('gives means per group for a matrix and filters by a demographic', async () => {
		const table = await crossTabulate(test.db, bigSurvey, 'participation', 'age_band', NO_FILTER);
		expect(table?.mode).toBe('means');
		if (table?.mode !== 'means') return;
		expect(table.rows.map((row) => row.value)).toEqual(['voice_heard', 'want_to_volunteer', 'trust_institutions']);
		const rural = await summarizeSurvey(test.db, bigSurvey, { ...NO_FILTER, areaType: 'rural' }, { exact: true });
		expect(rural.respondents).toBe(generated.filter((row) => row.isComplete && row.areaType === 'rural').length);
	});

	it('exports one row per response, leaving sensitive answers out for staff', async () => {
		const forStaff = await exportResponses(contextOf(test.db, officeId, staff), {
			surveyId: bigSurvey.id,
			format: 'xlsx',
			locale: 'sr-Cyrl'
		});
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(forStaff.body.buffer as ArrayBuffer);
		const sheet = workbook.worksheets[0];
		expect(sheet.rowCount).toBe(2 + generated.length);
		const codes = (sheet.getRow(2).values as unknown[]).slice(1);
		expect(codes).toContain('free_time.sport');
		expect(codes).toContain('participation.voice_heard');
		expect(codes.some((code) => String(code).startsWith('vulnerable'))).toBe(false);
		// The sum of the "sport" column is the number of respondents who chose sport.
		const sportColumn = codes.indexOf('free_time.sport') + 1;
		let sportSum = 0;
		sheet.eachRow((row, number) => {
			if (number > 2) sportSum += Number(row.getCell(sportColumn).value ?? 0);
		});
		expect(sportSum).toBe(generated.filter((row) => (row.answers.free_time as string[]).includes('sport')).length);

		const forCoordinator = await exportResponses(contextOf(test.db, officeId, coordinator), {
			surveyId: bigSurvey.id,
			format: 'csv',
			locale: 'sr-Latn'
		});
		const text = new TextDecoder().decode(forCoordinator.body);
		expect(text.split('\r\n')[1]).toContain('vulnerable.roma');
		const audits = await test.db.select().from(auditLog).where(eq(auditLog.action, 'surveys.responses.exported'));
		expect(audits.length).toBe(2);
		await expectError(
			exportResponses(contextOf(test.db, officeId, youngPerson), {
				surveyId: bigSurvey.id,
				format: 'csv',
				locale: 'sr-Cyrl'
			}),
			'forbidden'
		);
	});

	it('compares a question shared with the survey of another year', async () => {
		const id = await createNeedsSurveyFixture(test.db, officeId, {
			slug: 'potrebe-mladih-2025',
			year: 2025,
			status: 'archived'
		});
		await insertResponses(
			test.db,
			await generateNeedsResponses(test.db, { officeId, surveyId: id, count: 120, seed: 3 })
		);
		const comparison = await compareYears(test.db, officeId, bigSurvey, id);
		const plans = comparison?.comparisons.find((entry) => entry.key === 'plans_after_school');
		expect(plans?.years.map((entry) => entry.year)).toEqual([2025, 2026]);
		const rows = await test.db
			.select({ id: surveyResponses.id })
			.from(surveyResponses)
			.where(eq(surveyResponses.surveyId, id));
		expect(rows.length).toBe(120);
	});

	it('draws the results report as a PDF in the reader’s script', async () => {
		const report = await buildResultsReport(contextOf(test.db, officeId, staff), {
			surveyId: bigSurvey.id,
			locale: 'sr-Latn'
		});
		expect(new TextDecoder().decode(report.body.slice(0, 5))).toBe('%PDF-');
		expect(report.body.length).toBeGreaterThan(5000);
		await expectError(
			buildResultsReport(contextOf(test.db, officeId, youngPerson), { surveyId: bigSurvey.id, locale: 'sr-Cyrl' }),
			'forbidden'
		);
	});
});

describe('the answer tally', () => {
	let tallied: AnalysisSurvey;
	beforeAll(async () => {
		const id = await createNeedsSurveyFixture(test.db, officeId, { slug: 'potrebe-tally', year: 2025 });
		tallied = (await getSurveyForAnalysis(test.db, officeId, id))!;
		await insertResponses(
			test.db,
			await generateNeedsResponses(test.db, { officeId, surveyId: id, count: 200, seed: 5 })
		);
	});

	it('pages open answers with the total from the first page, a page past the end showing the last', async () => {
		const first = await listOpenAnswers(test.db, tallied, 'missing_content', {});
		expect(first.page).toBe(1);
		expect(first.answers.length).toBe(Math.min(first.total, first.pageSize));
		const last = Math.ceil(first.total / first.pageSize);
		expect(last).toBeGreaterThan(1);
		const pastEnd = await listOpenAnswers(test.db, tallied, 'missing_content', { page: last + 5 });
		expect(pastEnd.total).toBe(first.total);
		expect(pastEnd.page).toBe(last);
		expect(pastEnd.answers.length).toBe(first.total - (last - 1) * first.pageSize);
		const none = await listOpenAnswers(test.db, tallied, 'missing_content', { search: 'zzzz-nothing' });
		expect(none).toMatchObject({ total: 0, page: 1, answers: [] });
	});

	it('reads the unfiltered summary from the tally the writes keep, the same as grouping the responses', async () => {
		const same = async () => {
			for (const filter of [NO_FILTER, { ...NO_FILTER, completeOnly: false }])
				for (const exact of [false, true])
					expect(await summarizeSurvey(test.db, tallied, filter, { exact })).toEqual(
						await summarizeSurvey(test.db, tallied, filter, { exact, fromResponses: true })
					);
		};
		await same();
		const [first, second, third] = await test.db
			.select({ id: surveyResponses.id })
			.from(surveyResponses)
			.where(eq(surveyResponses.surveyId, tallied.id))
			.limit(3);
		// A saved page, a completed response, new sensitive answers, a blanked open answer.
		await test.db
			.update(surveyResponses)
			.set({
				answers: { knows_kzm: 'no', free_time: ['sport', 'other'], missing_content: '  ', kzm_rating: 2 },
				isComplete: false
			})
			.where(eq(surveyResponses.id, first.id));
		await test.db
			.update(surveyResponses)
			.set({ sensitiveAnswers: { vulnerable: ['disability'] }, isComplete: true })
			.where(eq(surveyResponses.id, second.id));
		// An erasure touches no answer.
		await test.db.update(surveyResponses).set({ parentEmail: null }).where(eq(surveyResponses.surveyId, tallied.id));
		await test.db.delete(surveyResponses).where(eq(surveyResponses.id, third.id));
		await same();
		const complete = await test.db
			.select({ id: surveyResponses.id })
			.from(surveyResponses)
			.where(and(eq(surveyResponses.surveyId, tallied.id), eq(surveyResponses.isComplete, true)));
		expect((await summarizeSurvey(test.db, tallied, NO_FILTER)).respondents).toBe(complete.length);
		// A deleted survey takes its tally along; the responses' own deletion adds nothing back.
		const otherId = await createNeedsSurveyFixture(test.db, officeId, { slug: 'potrebe-deleted', year: 2027 });
		await insertResponses(
			test.db,
			await generateNeedsResponses(test.db, { officeId, surveyId: otherId, count: 20, seed: 3 })
		);
		await test.db.delete(surveys).where(eq(surveys.id, otherId));
		expect(await test.db.select().from(surveyAnswerTallies).where(eq(surveyAnswerTallies.surveyId, otherId))).toEqual(
			[]
		);
	});
});
