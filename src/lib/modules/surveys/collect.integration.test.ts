import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../../server/testing/db.ts';
import { contextOf, createOffice, createPerson } from '../../server/testing/factories.ts';
import { auditLog } from '../../server/db/core-schema.ts';
import type { Actor } from '../../server/actor.ts';
import { isAppError } from '../../server/errors.ts';
import { surveyInvitationCodes, surveyQuestions, surveyResponses, surveys } from './schema.ts';
import { createSurvey } from './commands/create-survey.server.ts';
import { updateSurvey } from './commands/update-survey.server.ts';
import { changeSurveyStatus } from './commands/change-survey-status.server.ts';
import { copySurvey } from './commands/copy-survey.server.ts';
import {
	addQuestion,
	deleteQuestion,
	insertDemographicsBlock,
	moveQuestion,
	updateQuestion
} from './commands/edit-questions.server.ts';
import { addSection } from './commands/edit-sections.server.ts';
import { saveSettlements } from './commands/save-settlements.server.ts';
import { generateInvitationCodes } from './commands/generate-invitation-codes.server.ts';
import {
	confirmParentalConsent,
	findResponseByToken,
	saveResponsePage,
	startResponse
} from './commands/respond.server.ts';
import { enterPaperResponse } from './commands/enter-paper-response.server.ts';
import {
	getSurveyBySlug,
	getSurveyForAdmin,
	getSurveyStructure,
	listOpenSurveys,
	listSurveysForAdmin
} from './queries.server.ts';
import { DEMO_SURVEY_SLUGS, removeDemoSurveys, seedDemoSurveys } from './seed.server.ts';
import { surveysManifest } from './manifest.ts';
import type { QuestionInput, SurveyInput } from './inputs.ts';
import type { RawValues } from './answers.ts';

let database: TestDatabase;
let officeId: string;
let coordinator: Actor;
let youngPerson: Actor;

const settings = (overrides: Partial<SurveyInput> = {}): SurveyInput => ({
	title: 'Анкета о слободном времену',
	titleEn: '',
	slug: '',
	introduction: '',
	introductionEn: '',
	thanks: '',
	thanksEn: '',
	year: 2026,
	opensAt: null,
	closesAt: null,
	targetResponses: 100,
	parentalConsent: 'inform',
	sensitiveConsentText: '',
	sensitiveConsentTextEn: '',
	...overrides
});

async function expectError(promise: Promise<unknown>, code: string, field?: string): Promise<void> {
	try {
		await promise;
	} catch (caught) {
		expect(isAppError(caught)).toBe(true);
		if (isAppError(caught)) {
			expect(caught.code).toBe(code);
			if (field) expect(Object.keys(caught.fieldErrors)).toContain(field);
		}
		return;
	}
	throw new Error('expected an error');
}

beforeAll(async () => {
	database = await createTestDatabase();
	officeId = (await createOffice(database.db)).id;
	coordinator = await createPerson(database.db, { officeId, roles: ['coordinator'] });
	youngPerson = await createPerson(database.db, { officeId, roles: ['young_person'] });
	await seedDemoSurveys(database.db, officeId);
});

afterAll(async () => {
	await database?.close();
});

describe('building a survey', () => {
	it('creates, adds a conditional question, edits, copies, with audit records', async () => {
		const ctx = contextOf(database.db, officeId, coordinator);
		const { surveyId } = await createSurvey(ctx, settings());
		const { sectionId } = await insertDemographicsBlock(ctx, { surveyId });
		const structure = await getSurveyStructure(database.db, surveyId);
		expect(structure).toHaveLength(2);
		expect(structure[1].id).toBe(sectionId);
		expect(structure[1].questions.map((q) => q.key)).toEqual([
			'birth_year',
			'gender',
			'settlement',
			'occupation',
			'vulnerable'
		]);
		expect(structure[1].questions[2].options.map((o) => o.value)).toContain('medjurecje');
		await expectError(insertDemographicsBlock(ctx, { surveyId }), 'conflict');

		const { questionId: knowsId } = await addQuestion(ctx, {
			surveyId,
			input: { sectionId: structure[0].id, kind: 'single', prompt: 'Да ли знаш за КЗМ?' }
		});
		const knows = (await getSurveyStructure(database.db, surveyId))[0].questions[0];
		expect(knows.key).toBe('da_li_znas_za_kzm');
		const base: QuestionInput = {
			prompt: 'Да ли знаш за КЗМ?',
			promptEn: '',
			key: 'knows_kzm',
			kind: 'single',
			help: '',
			helpEn: '',
			isRequired: true,
			isRandomised: false,
			allowsOther: false,
			isSensitive: false,
			options: [],
			statements: [],
			scaleMin: 1,
			scaleMax: 5,
			scaleMinLabel: '',
			scaleMinLabelEn: '',
			scaleMaxLabel: '',
			scaleMaxLabelEn: '',
			minValue: null,
			maxValue: null,
			maxChoices: null,
			condition: null
		};
		await expectError(updateQuestion(ctx, { surveyId, questionId: knowsId, input: base }), 'invalid', 'options');
		const options = [
			{ value: 'yes', label: 'Да', labelEn: 'Yes' },
			{ value: 'no', label: 'Не', labelEn: 'No' }
		];
		await updateQuestion(ctx, { surveyId, questionId: knowsId, input: { ...base, options } });
		await expectError(
			updateQuestion(ctx, { surveyId, questionId: knowsId, input: { ...base, options, key: 'gender' } }),
			'invalid',
			'key'
		);
		const { questionId: ratingId } = await addQuestion(ctx, {
			surveyId,
			input: { sectionId: structure[0].id, kind: 'scale', prompt: 'Оцена' }
		});
		const condition = { questionKey: 'knows_kzm', operator: 'equals' as const, values: ['yes'] };
		await updateQuestion(ctx, {
			surveyId,
			questionId: ratingId,
			input: { ...base, key: 'kzm_rating', kind: 'scale', condition }
		});
		// A condition on a later question is refused.
		await moveQuestion(ctx, { surveyId, questionId: ratingId, direction: 'up' });
		await expectError(
			updateQuestion(ctx, {
				surveyId,
				questionId: ratingId,
				input: { ...base, key: 'kzm_rating', kind: 'scale', condition }
			}),
			'invalid',
			'condition'
		);
		await moveQuestion(ctx, { surveyId, questionId: ratingId, direction: 'down' });
		await expectError(deleteQuestion(ctx, { surveyId, questionId: knowsId }), 'conflict');

		await updateSurvey(ctx, { surveyId, input: settings({ title: 'Анкета 2026', slug: 'anketa-2026' }) });
		const { survey } = await getSurveyForAdmin(ctx, surveyId);
		expect(survey.slug).toBe('anketa-2026');

		const { surveyId: copyId } = await copySurvey(ctx, { surveyId });
		const copy = await getSurveyForAdmin(ctx, copyId);
		expect(copy.survey).toMatchObject({ year: 2027, status: 'draft', title: 'Анкета 2027', copiedFromId: surveyId });
		expect(copy.sections.flatMap((s) => s.questions.map((q) => q.key))).toEqual(
			(await getSurveyStructure(database.db, surveyId)).flatMap((s) => s.questions.map((q) => q.key))
		);
		const birth = copy.sections.flatMap((s) => s.questions).find((q) => q.key === 'birth_year')!;
		expect(birth.minValue).toBe(2027 - 36);

		const actions = (await database.db.select().from(auditLog).where(eq(auditLog.actorUserId, coordinator.userId))).map(
			(row) => row.action
		);
		expect(actions).toEqual(
			expect.arrayContaining([
				'surveys.survey_created',
				'surveys.demographics_inserted',
				'surveys.question_added',
				'surveys.question_updated',
				'surveys.question_moved',
				'surveys.survey_updated',
				'surveys.survey_copied'
			])
		);
	});

	it('refuses staff work to someone without a staff role', async () => {
		const ctx = contextOf(database.db, officeId, youngPerson);
		await expectError(createSurvey(ctx, settings()), 'forbidden');
		await expectError(listSurveysForAdmin(ctx), 'forbidden');
		await expectError(saveSettlements(ctx, { settlements: [{ name: 'Ивањица', isUrban: true }] }), 'forbidden');
		await expectError(createSurvey(contextOf(database.db, officeId, null), settings()), 'unauthenticated');
		const demo = (await getSurveyBySlug(database.db, officeId, DEMO_SURVEY_SLUGS.current))!;
		await expectError(enterPaperResponse(ctx, { surveyId: demo.id, raw: {} }), 'forbidden');
		await expectError(
			generateInvitationCodes(ctx, { surveyId: demo.id, input: { batch: 'x', count: 2 } }),
			'forbidden'
		);
	});

	it('does not let another office edit the survey', async () => {
		const other = await createOffice(database.db);
		const stranger = await createPerson(database.db, { officeId: other.id, roles: ['coordinator'] });
		const demo = (await getSurveyBySlug(database.db, officeId, DEMO_SURVEY_SLUGS.current))!;
		await expectError(copySurvey(contextOf(database.db, other.id, stranger), { surveyId: demo.id }), 'not_found');
	});

	it('publishes only a survey with questions, and closes it', async () => {
		const ctx = contextOf(database.db, officeId, coordinator);
		const { surveyId } = await createSurvey(ctx, settings({ title: 'Празна' }));
		await expectError(changeSurveyStatus(ctx, { surveyId, action: 'publish' }), 'invalid');
		await insertDemographicsBlock(ctx, { surveyId });
		await addSection(ctx, {
			surveyId,
			input: { title: 'Празна страна', titleEn: '', description: '', descriptionEn: '', condition: null }
		});
		// A page without questions: a warning naming it first, publishing only once confirmed.
		await expectError(changeSurveyStatus(ctx, { surveyId, action: 'publish' }), 'conflict');
		await changeSurveyStatus(ctx, { surveyId, action: 'publish', allowEmptyPages: true });
		const survey = (await getSurveyForAdmin(ctx, surveyId)).survey;
		expect(survey.status).toBe('published');
		expect((await listOpenSurveys(database.db, officeId, new Date())).map((s) => s.slug)).toContain(survey.slug);
		await changeSurveyStatus(ctx, { surveyId, action: 'close' });
		expect((await listOpenSurveys(database.db, officeId, new Date())).map((s) => s.slug)).not.toContain(survey.slug);
	});
});

/** Answers for the demo survey, page by page, as a browser would send them. */
const PAGES: RawValues[] = [
	{
		q_birth_year: ['2005'],
		q_gender: ['female'],
		q_settlement: ['kusici'],
		q_occupation: ['student'],
		sensitive_consent_shown: ['yes']
	},
	{ q_free_time: ['sport', 'online'], q_free_time_satisfaction: ['2'], q_missing_content: ['Биоскоп'] },
	{
		q_info_sources: ['school'],
		q_knows_kzm: ['yes'],
		q_kzm_rating: ['4'],
		q_participation__voice_heard: ['2'],
		q_participation__want_to_volunteer: ['5'],
		q_participation__trust_institutions: ['3']
	},
	{
		q_plans_after_school: ['stay'],
		q_priorities__jobs: ['1'],
		q_priorities__transport: ['2'],
		q_biggest_problem: ['Превоз']
	}
];
const DISPLAYED = [
	['birth_year', 'gender', 'settlement', 'occupation', 'vulnerable'],
	['free_time', 'free_time_satisfaction', 'missing_content'],
	['info_sources', 'knows_kzm', 'kzm_rating', 'participation'],
	['plans_after_school', 'priorities', 'biggest_problem']
];

async function answerAll(token: string, first: RawValues = PAGES[0]): Promise<void> {
	const survey = (await getSurveyBySlug(database.db, officeId, DEMO_SURVEY_SLUGS.current))!;
	for (const [index, raw] of [first, ...PAGES.slice(1)].entries()) {
		const response = (await findResponseByToken(database.db, survey.id, token))!;
		expect(response.currentSection).toBe(index);
		const result = await saveResponsePage(database.db, {
			survey,
			response,
			raw,
			direction: 'next',
			displayedKeys: DISPLAYED[index],
			clientAddress: '127.0.0.1'
		});
		expect(result.kind).toBe(index === PAGES.length - 1 ? 'complete' : 'moved');
	}
}

describe('answering', () => {
	it('pages through, stores answers by key and the demographics, one response per token', async () => {
		const survey = (await getSurveyBySlug(database.db, officeId, DEMO_SURVEY_SLUGS.current))!;
		const { token } = await startResponse(database.db, { survey, code: '', clientAddress: '127.0.0.1' });
		// A required answer missing on a page is refused with the field named.
		const response = (await findResponseByToken(database.db, survey.id, token))!;
		const invalid = await saveResponsePage(database.db, {
			survey,
			response,
			raw: { q_birth_year: ['1890'] },
			direction: 'next',
			displayedKeys: DISPLAYED[0],
			clientAddress: '127.0.0.1'
		});
		expect(invalid).toMatchObject({
			kind: 'invalid',
			errors: { birth_year: 'surveys.answer.range|{"min":"1990","max":"2015"}' }
		});
		await answerAll(token);
		const stored = (await findResponseByToken(database.db, survey.id, token))!;
		expect(stored).toMatchObject({
			isComplete: true,
			source: 'link',
			birthYear: 2005,
			ageBand: '20_24',
			gender: 'female',
			settlement: 'kusici',
			areaType: 'rural',
			occupation: 'student',
			sensitiveConsent: false,
			sensitiveAnswers: {}
		});
		expect(stored.answers).toMatchObject({
			free_time: ['sport', 'online'],
			kzm_rating: 4,
			participation: { voice_heard: 2, want_to_volunteer: 5, trust_institutions: 3 },
			priorities: ['jobs', 'transport']
		});
		expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);
		expect(stored.tokenHash).not.toBe(token);
		await expectError(
			saveResponsePage(database.db, {
				survey,
				response: stored,
				raw: PAGES[3],
				direction: 'next',
				displayedKeys: DISPLAYED[3],
				clientAddress: '127.0.0.1'
			}),
			'conflict'
		);
	});

	it('skips a conditional question and drops its stale answer', async () => {
		const survey = (await getSurveyBySlug(database.db, officeId, DEMO_SURVEY_SLUGS.current))!;
		const { token } = await startResponse(database.db, { survey, code: '', clientAddress: '127.0.0.2' });
		for (const [index, raw] of PAGES.entries()) {
			const response = (await findResponseByToken(database.db, survey.id, token))!;
			const page = index === 2 ? { ...raw, q_knows_kzm: ['no'] } : raw;
			await saveResponsePage(database.db, {
				survey,
				response,
				raw: page,
				direction: 'next',
				displayedKeys: DISPLAYED[index],
				clientAddress: '127.0.0.2'
			});
		}
		const stored = (await findResponseByToken(database.db, survey.id, token))!;
		expect(stored.isComplete).toBe(true);
		expect(stored.answers).not.toHaveProperty('kzm_rating');
	});

	it('shows a question that an answer on the same page switched on, without an error', async () => {
		const survey = (await getSurveyBySlug(database.db, officeId, DEMO_SURVEY_SLUGS.current))!;
		const { token, responseId } = await startResponse(database.db, { survey, code: '', clientAddress: '127.0.0.3' });
		await database.db.update(surveyResponses).set({ currentSection: 2 }).where(eq(surveyResponses.id, responseId));
		const response = (await findResponseByToken(database.db, survey.id, token))!;
		const result = await saveResponsePage(database.db, {
			survey,
			response,
			raw: { q_info_sources: ['school'], q_knows_kzm: ['yes'] },
			direction: 'next',
			displayedKeys: ['info_sources', 'knows_kzm', 'participation'],
			clientAddress: '127.0.0.3'
		});
		expect(result.kind).toBe('more');
	});

	it('stores a sensitive answer only with consent, in its own column', async () => {
		const survey = (await getSurveyBySlug(database.db, officeId, DEMO_SURVEY_SLUGS.current))!;
		const withConsent = await startResponse(database.db, { survey, code: '', clientAddress: '127.0.0.4' });
		await answerAll(withConsent.token, { ...PAGES[0], q_vulnerable: ['roma'], sensitive_consent: ['yes'] });
		const stored = (await findResponseByToken(database.db, survey.id, withConsent.token))!;
		expect(stored.sensitiveConsent).toBe(true);
		expect(stored.sensitiveAnswers).toEqual({ vulnerable: ['roma'] });
		expect(stored.answers).not.toHaveProperty('vulnerable');

		const without = await startResponse(database.db, { survey, code: '', clientAddress: '127.0.0.4' });
		await answerAll(without.token, { ...PAGES[0], q_vulnerable: ['roma'] });
		const skipped = (await findResponseByToken(database.db, survey.id, without.token))!;
		expect(skipped.sensitiveConsent).toBe(false);
		expect(skipped.sensitiveAnswers).toEqual({});
		expect(JSON.stringify(skipped.answers)).not.toContain('roma');
	});

	it('asks an under-15 respondent to confirm a parent’s consent before going on', async () => {
		const survey = (await getSurveyBySlug(database.db, officeId, DEMO_SURVEY_SLUGS.current))!;
		expect(survey.parentalConsent).toBe('confirm');
		const { token } = await startResponse(database.db, { survey, code: '', clientAddress: '127.0.0.5' });
		let response = (await findResponseByToken(database.db, survey.id, token))!;
		const result = await saveResponsePage(database.db, {
			survey,
			response,
			raw: { ...PAGES[0], q_birth_year: ['2013'] },
			direction: 'next',
			displayedKeys: DISPLAYED[0],
			clientAddress: '127.0.0.5'
		});
		expect(result.kind).toBe('moved');
		response = (await findResponseByToken(database.db, survey.id, token))!;
		expect(response.currentSection).toBe(0);
		await expectError(
			confirmParentalConsent(database.db, { survey, response, confirmed: false, parentEmail: '' }),
			'invalid',
			'parentalConsent'
		);
		const withEmail = { ...survey, parentalConsent: 'confirm_with_email' as const };
		await expectError(
			confirmParentalConsent(database.db, { survey: withEmail, response, confirmed: true, parentEmail: 'nije-adresa' }),
			'invalid',
			'parentEmail'
		);
		await confirmParentalConsent(database.db, {
			survey: withEmail,
			response,
			confirmed: true,
			parentEmail: 'Roditelj@Example.test'
		});
		response = (await findResponseByToken(database.db, survey.id, token))!;
		expect(response).toMatchObject({
			parentalConsentConfirmed: true,
			parentEmail: 'roditelj@example.test',
			currentSection: 1
		});
	});

	it('refuses answers to a closed, draft or not yet open survey', async () => {
		const survey = (await getSurveyBySlug(database.db, officeId, DEMO_SURVEY_SLUGS.previous))!;
		await expectError(startResponse(database.db, { survey, code: '', clientAddress: '127.0.0.6' }), 'conflict');
		const current = (await getSurveyBySlug(database.db, officeId, DEMO_SURVEY_SLUGS.current))!;
		await expectError(
			startResponse(database.db, { survey: { ...current, status: 'draft' }, code: '', clientAddress: '127.0.0.6' }),
			'conflict'
		);
		await expectError(
			startResponse(database.db, {
				survey: { ...current, opensAt: new Date(Date.now() + 86_400_000) },
				code: '',
				clientAddress: '127.0.0.6'
			}),
			'conflict'
		);
	});

	it('takes each invitation code once', async () => {
		const ctx = contextOf(database.db, officeId, coordinator);
		const survey = (await getSurveyBySlug(database.db, officeId, DEMO_SURVEY_SLUGS.current))!;
		const { codes } = await generateInvitationCodes(ctx, {
			surveyId: survey.id,
			input: { batch: 'Гимназија II-3', count: 3 }
		});
		expect(codes).toHaveLength(3);
		expect(codes[0]).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
		await expectError(
			startResponse(database.db, { survey, code: 'ZZZZ11', clientAddress: '127.0.0.7' }),
			'invalid',
			'code'
		);
		const first = await startResponse(database.db, {
			survey,
			code: ` ${codes[0].slice(0, 3).toLowerCase()}-${codes[0].slice(3)} `,
			clientAddress: '127.0.0.7'
		});
		// Two browsers may start with the same code; only the first to finish counts.
		const second = await startResponse(database.db, { survey, code: codes[0], clientAddress: '127.0.0.7' });
		await answerAll(first.token);
		const [code] = await database.db
			.select()
			.from(surveyInvitationCodes)
			.where(eq(surveyInvitationCodes.code, codes[0]));
		expect(code.usedAt).not.toBeNull();
		const stored = (await findResponseByToken(database.db, survey.id, first.token))!;
		expect(stored).toMatchObject({ source: 'code', invitationCodeId: code.id });
		await expectError(
			startResponse(database.db, { survey, code: codes[0], clientAddress: '127.0.0.7' }),
			'conflict',
			'code'
		);
		await expect(answerAll(second.token)).rejects.toThrow();
		expect((await findResponseByToken(database.db, survey.id, second.token))!.isComplete).toBe(false);
	});

	it('lets staff type in a paper questionnaire, audited, and then refuses changes that would orphan answers', async () => {
		const ctx = contextOf(database.db, officeId, coordinator);
		const survey = (await getSurveyBySlug(database.db, officeId, DEMO_SURVEY_SLUGS.current))!;
		await expectError(
			enterPaperResponse(ctx, { surveyId: survey.id, raw: { q_birth_year: ['abc'] } }),
			'invalid',
			'birth_year'
		);
		const { responseId } = await enterPaperResponse(ctx, {
			surveyId: survey.id,
			raw: {
				...Object.assign({}, ...PAGES),
				q_knows_kzm: ['no'],
				q_vulnerable: ['poverty'],
				sensitive_consent: ['yes']
			}
		});
		const [stored] = await database.db.select().from(surveyResponses).where(eq(surveyResponses.id, responseId));
		expect(stored).toMatchObject({
			source: 'paper',
			enteredBy: coordinator.userId,
			isComplete: true,
			areaType: 'rural'
		});
		expect(stored.answers).not.toHaveProperty('kzm_rating');
		expect(stored.sensitiveAnswers).toEqual({ vulnerable: ['poverty'] });
		const [audit] = await database.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'surveys.paper_entered'), eq(auditLog.entityId, responseId)));
		expect(audit.actorUserId).toBe(coordinator.userId);

		const [gender] = await database.db
			.select()
			.from(surveyQuestions)
			.where(and(eq(surveyQuestions.surveyId, survey.id), eq(surveyQuestions.key, 'gender')));
		const input: QuestionInput = {
			prompt: 'Ког си пола?',
			promptEn: 'Gender',
			key: 'gender',
			kind: 'single',
			help: '',
			helpEn: '',
			isRequired: true,
			isRandomised: false,
			allowsOther: false,
			isSensitive: false,
			options: gender.options,
			statements: [],
			scaleMin: 1,
			scaleMax: 5,
			scaleMinLabel: '',
			scaleMinLabelEn: '',
			scaleMaxLabel: '',
			scaleMaxLabelEn: '',
			minValue: null,
			maxValue: null,
			maxChoices: null,
			condition: null
		};
		await updateQuestion(ctx, { surveyId: survey.id, questionId: gender.id, input });
		await expectError(
			updateQuestion(ctx, { surveyId: survey.id, questionId: gender.id, input: { ...input, kind: 'dropdown' } }),
			'invalid',
			'kind'
		);
		await expectError(
			updateQuestion(ctx, { surveyId: survey.id, questionId: gender.id, input: { ...input, key: 'sex' } }),
			'invalid',
			'key'
		);
		await expectError(
			updateQuestion(ctx, {
				surveyId: survey.id,
				questionId: gender.id,
				input: { ...input, options: gender.options.slice(1) }
			}),
			'invalid',
			'options'
		);
		await expectError(deleteQuestion(ctx, { surveyId: survey.id, questionId: gender.id }), 'conflict');
		const section = await addSection(ctx, {
			surveyId: survey.id,
			input: { title: 'Нова', titleEn: '', description: '', descriptionEn: '', condition: null }
		});
		expect(section.sectionId).toBeTruthy();
	});
});

describe('portal hooks and demo data', () => {
	it('lists the open demo survey in search and the sitemap, not the closed one', async () => {
		const hits = await surveysManifest.search!(database.db, officeId, 'potrebe mladih', 10);
		expect(hits.map((hit) => hit.path)).toEqual(['/surveys/potrebe-mladih-2026']);
		const sitemap = await surveysManifest.sitemap!(database.db, officeId);
		expect(sitemap.map((entry) => entry.path)).toEqual(
			expect.arrayContaining(['/surveys', '/surveys/potrebe-mladih-2026'])
		);
		expect(sitemap.map((entry) => entry.path)).not.toContain('/surveys/potrebe-mladih-2025');
	});

	it('removes the demo surveys', async () => {
		await removeDemoSurveys(database.db, officeId);
		const left = await database.db
			.select()
			.from(surveys)
			.where(and(eq(surveys.officeId, officeId), eq(surveys.isDemo, true)));
		expect(left).toHaveLength(0);
	});
});
