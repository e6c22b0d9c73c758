import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { and, eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../../../server/testing/db.ts';
import { contextOf, createOffice, createPerson } from '../../../server/testing/factories.ts';
import { auditLog } from '../../../server/db/core-schema.ts';
import type { Actor } from '../../../server/actor.ts';
import { isAppError } from '../../../server/errors.ts';
import { focusGroups, surveyAnswerThemes, surveyResponses, surveys } from '../schema.ts';
import { createNeedsSurveyFixture } from './needs-survey-fixture.ts';
import { saveFocusGroup, setFocusGroupTheme } from './commands/save-focus-group.server.ts';
import { saveNeedsSummary } from './commands/save-needs-summary.server.ts';
import { createResearchTheme } from './commands/create-theme.server.ts';
import {
	getFocusGroup,
	getNeedsSummary,
	getPublicNeedsSummary,
	listFocusGroups,
	listGoalChoices,
	listThemesOfYear
} from './research-queries.server.ts';
import { getPublicResultsSurvey, getSurveyForAnalysis, summarizeSurvey, NO_FILTER } from './queries.server.ts';
import { removeDemoResearch, seedDemoResearch } from '../seed-research.server.ts';
import { createPlan } from '../../action-plan/commands/create-plan.server.ts';
import { savePlanItem } from '../../action-plan/commands/save-plan-item.server.ts';
import { getPlanTree } from '../../action-plan/queries.server.ts';
import { goalInput, planInput } from '../../action-plan/inputs.ts';
import { actionPlans } from '../../action-plan/schema.ts';

let test: TestDatabase;
let officeId: string;
let coordinator: Actor;
let youngPerson: Actor;

const focusGroupForm = {
	kind: 'focus_group' as const,
	title: 'Фокус група у Међуречју',
	heldOn: '2026-03-10',
	place: 'Дом културе',
	facilitator: 'Марко Јовановић',
	participantCount: 7,
	profileDescription: 'Млади из села',
	notes: '<p>Белешке <script>alert(1)</script></p>',
	age_under_15: 0,
	age_15_19: 4,
	age_20_24: 3,
	age_25_30: 0,
	age_over_30: 0,
	gender_female: 3,
	gender_male: 4,
	gender_other: 0,
	gender_no_answer: 0
};

async function expectError(promise: Promise<unknown>, code: string) {
	const caught = await promise.then(
		() => null,
		(error: unknown) => error
	);
	expect(isAppError(caught), String(caught)).toBe(true);
	if (isAppError(caught)) expect(caught.code).toBe(code);
}

beforeAll(async () => {
	test = await createTestDatabase();
	officeId = (await createOffice(test.db)).id;
	coordinator = await createPerson(test.db, { officeId, roles: ['coordinator'] });
	youngPerson = await createPerson(test.db, { officeId, roles: ['young_person'] });
});

afterAll(async () => {
	await test?.close();
});

describe('focus groups', () => {
	it('records a focus group with a counted profile and sanitised notes, and notes themes', async () => {
		const ctx = contextOf(test.db, officeId, coordinator);
		const { id } = await saveFocusGroup(ctx, { id: null, input: focusGroupForm });
		const theme = await createResearchTheme(ctx, { name: 'Превоз', nameEn: 'Transport', description: '' });
		await setFocusGroupTheme(ctx, { focusGroupId: id, themeId: theme.id, note: 'Нема аутобуса после 16 часова.' });
		const group = await getFocusGroup(test.db, officeId, id);
		expect(group?.profile).toEqual({
			ageBands: { '15_19': 4, '20_24': 3 },
			genders: { female: 3, male: 4 },
			description: 'Млади из села'
		});
		expect(group?.notes).not.toContain('script');
		expect(group?.themes.map((t) => [t.name, t.note])).toEqual([['Превоз', 'Нема аутобуса после 16 часова.']]);
		const themes = await listThemesOfYear(test.db, officeId, 2026);
		expect(themes[0].focusGroups.map((g) => g.title)).toEqual(['Фокус група у Међуречју']);
		expect(await listThemesOfYear(test.db, officeId, 2025)).toEqual([]);
		await saveFocusGroup(ctx, { id, input: { ...focusGroupForm, participantCount: 8 } });
		expect((await listFocusGroups(test.db, officeId))[0].participantCount).toBe(8);
		const audits = await test.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityType, 'focus_group'), eq(auditLog.entityId, id)));
		expect(audits.map((a) => a.action).sort()).toEqual([
			'surveys.focusGroup.created',
			'surveys.focusGroup.themeNoted',
			'surveys.focusGroup.updated'
		]);
	});

	it('refuses someone who is not staff', async () => {
		await expectError(
			saveFocusGroup(contextOf(test.db, officeId, youngPerson), { id: null, input: focusGroupForm }),
			'forbidden'
		);
	});
});

describe('needs summary', () => {
	it('is written once per year, sanitised, and shown publicly only when public', async () => {
		const ctx = contextOf(test.db, officeId, coordinator);
		await saveNeedsSummary(ctx, {
			year: 2025,
			input: { summary: '<p>Превоз</p><img src=x onerror=alert(1)>', summaryEn: '', isPublic: false, goalIds: [] }
		});
		expect(await getPublicNeedsSummary(test.db, officeId, 2025)).toBeNull();
		await saveNeedsSummary(ctx, {
			year: 2025,
			input: { summary: '<p>Превоз и простор</p>', summaryEn: '', isPublic: true, goalIds: [] }
		});
		const shown = await getPublicNeedsSummary(test.db, officeId, 2025);
		expect(shown?.summary).toBe('<p>Превоз и простор</p>');
		expect((await getNeedsSummary(test.db, officeId, 2025))?.goalIds).toEqual([]);
	});

	it('refuses a goal that is not the office’s and someone who is not staff', async () => {
		const ctx = contextOf(test.db, officeId, coordinator);
		await expectError(
			saveNeedsSummary(ctx, {
				year: 2025,
				input: { summary: '', summaryEn: '', isPublic: false, goalIds: ['00000000-0000-4000-8000-000000000000'] }
			}),
			'invalid'
		);
		await expectError(
			saveNeedsSummary(contextOf(test.db, officeId, youngPerson), {
				year: 2025,
				input: { summary: '', summaryEn: '', isPublic: false, goalIds: [] }
			}),
			'forbidden'
		);
	});

	it('links goals of every plan, and shows the public only those of plans it may read', async () => {
		const office = (await createOffice(test.db, { isDefault: false })).id;
		const ctx = contextOf(test.db, office, await createPerson(test.db, { officeId: office, roles: ['coordinator'] }));
		const goalOf = async (title: string, firstYear: number, adopted: boolean) => {
			const plan = await createPlan(
				ctx,
				v.parse(planInput, { title, firstYear: String(firstYear), lastYear: String(firstYear + 4), status: 'draft' })
			);
			const areaId = (await getPlanTree(test.db, office, plan.id))!.areas[0].id;
			const goal = await savePlanItem(ctx, {
				planId: plan.id,
				kind: 'goal',
				input: v.parse(goalInput, { areaId, title: `Циљ плана ${title}`, titleEn: `Goal of ${title}` })
			});
			if (adopted)
				await test.db
					.update(actionPlans)
					.set({ status: 'adopted', adoptedAt: new Date() })
					.where(eq(actionPlans.id, plan.id));
			return {
				id: goal.id,
				planTitle: title,
				planTitleEn: '',
				title: `Циљ плана ${title}`,
				titleEn: `Goal of ${title}`
			};
		};
		const adopted = await goalOf('ЛАП 2025', 2025, true);
		const draft = await goalOf('Нацрт 2030', 2030, false);
		expect(await listGoalChoices(test.db, office)).toEqual([draft, adopted]);
		expect(await listGoalChoices(test.db, office, { publicOnly: true })).toEqual([adopted]);
		await saveNeedsSummary(ctx, {
			year: 2025,
			input: { summary: '<p>Посао</p>', summaryEn: '', isPublic: true, goalIds: [adopted.id, draft.id] }
		});
		expect((await getNeedsSummary(test.db, office, 2025))?.goalIds.sort()).toEqual([adopted.id, draft.id].sort());
		expect((await getPublicNeedsSummary(test.db, office, 2025))?.goals).toEqual([adopted]);
	});
});

describe('public results and the demo research', () => {
	it('hides results unless the survey makes them public', async () => {
		const id = await createNeedsSurveyFixture(test.db, officeId, { slug: 'potrebe-mladih-2026', year: 2026 });
		expect(await getPublicResultsSurvey(test.db, officeId, 'potrebe-mladih-2026')).toBeNull();
		await test.db.update(surveys).set({ resultsPublic: true }).where(eq(surveys.id, id));
		const survey = await getPublicResultsSurvey(test.db, officeId, 'potrebe-mladih-2026');
		expect(survey?.id).toBe(id);
	});

	it('seeds generated answers, coded themes and a focus group only for the demo surveys, and removes them', async () => {
		await createNeedsSurveyFixture(test.db, officeId, { slug: 'potrebe-mladih-2025', year: 2025, status: 'archived' });
		const started = Date.now();
		await seedDemoResearch(test.db, officeId);
		expect(Date.now() - started).toBeLessThan(15_000);
		const responses = await test.db
			.select({ id: surveyResponses.id })
			.from(surveyResponses)
			.where(eq(surveyResponses.officeId, officeId));
		expect(responses.length).toBe(340 + 280);
		const coded = await test.db.select().from(surveyAnswerThemes).where(eq(surveyAnswerThemes.officeId, officeId));
		expect(coded.length).toBeGreaterThan(20);
		const survey = (await getPublicResultsSurvey(test.db, officeId, 'potrebe-mladih-2026'))!;
		const summary = await summarizeSurvey(
			test.db,
			(await getSurveyForAnalysis(test.db, officeId, survey.id))!,
			NO_FILTER
		);
		expect(summary.respondents).toBeGreaterThan(280);
		// Public results hide every count under five, e.g. the rare "other" gender.
		const publicSummary = await summarizeSurvey(test.db, survey, NO_FILTER);
		const gender = publicSummary.questions.find((q) => q.key === 'gender');
		if (gender?.type !== 'choice') throw new Error('choice expected');
		for (const option of gender.options) if (!option.count.hidden) expect(option.count.count).toBeGreaterThanOrEqual(5);
		expect(gender.options.some((option) => option.count.hidden)).toBe(true);
		// Seeding twice adds nothing.
		await seedDemoResearch(test.db, officeId);
		expect(
			(
				await test.db
					.select({ id: surveyResponses.id })
					.from(surveyResponses)
					.where(eq(surveyResponses.officeId, officeId))
			).length
		).toBe(620);
		await removeDemoResearch(test.db, officeId);
		expect(
			(
				await test.db
					.select({ id: surveyResponses.id })
					.from(surveyResponses)
					.where(eq(surveyResponses.officeId, officeId))
			).length
		).toBe(0);
		expect(
			(
				await test.db
					.select()
					.from(focusGroups)
					.where(and(eq(focusGroups.officeId, officeId), eq(focusGroups.isDemo, true)))
			).length
		).toBe(0);
	});
});
