// What the public side of the plan reads: the current plan, submitted reports only, public evidence,
// the sitemap, and the demo plan built through the commands.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { createTestDatabase, type TestDatabase } from '../../server/testing/db.ts';
import { contextOf, createOffice, createPerson } from '../../server/testing/factories.ts';
import type { Actor } from '../../server/actor.ts';
import { createTestEvent } from '../events/test-factories.ts';
import { activityInput, goalInput, measureInput, planInput } from './inputs.ts';
import { createPlan } from './commands/create-plan.server.ts';
import { updatePlan } from './commands/update-plan.server.ts';
import { savePlanItem } from './commands/save-plan-item.server.ts';
import { startMonitoringReport, type MonitoringSnapshot } from './commands/monitoring-report.server.ts';
import {
	getCurrentPublicPlan,
	getPlanTree,
	getSubmittedMonitoringReport,
	listPlanRevisions,
	listPlanSitemap,
	listPublicEvidence,
	listPublicPlans,
	searchPlans
} from './queries.server.ts';
import { removeDemoActionPlans, seedDemoActionPlan } from './seed.server.ts';
import { activitiesOf } from './commands/monitoring-report.server.ts';
import { filterTree } from './view.ts';
import { searchKey } from '../../i18n/script.ts';

let test: TestDatabase;
let officeId: string;
let coordinator: Actor;

beforeAll(async () => {
	test = await createTestDatabase();
	officeId = (await createOffice(test.db)).id;
	coordinator = await createPerson(test.db, { officeId, roles: ['coordinator'] });
});
afterAll(() => test.close());

const planForm = (overrides: Record<string, string> = {}) =>
	v.parse(planInput, { title: 'ЛАП', firstYear: '2025', lastYear: '2029', status: 'draft', ...overrides });

describe('the public plan', () => {
	it('shows the current plan only once it is adopted, and reports only once submitted', async () => {
		const office = (await createOffice(test.db, { isDefault: false })).id;
		const person = await createPerson(test.db, { officeId: office, roles: ['coordinator'] });
		const ctx = contextOf(test.db, office, person);
		const plan = await createPlan(ctx, planForm({ isCurrent: 'yes' }));
		expect(await getCurrentPublicPlan(test.db, office)).toBeNull();
		const report = await startMonitoringReport(ctx, { planId: plan.id, year: 2025 });
		await updatePlan(ctx, {
			planId: plan.id,
			input: planForm({ isCurrent: 'yes', status: 'adopted', decisionNumber: '1/2025', decisionDate: '2025-02-01' })
		});
		expect((await getCurrentPublicPlan(test.db, office))?.plan.id).toBe(plan.id);
		// The draft report exists but is not public.
		expect(report.id).toBeTruthy();
		expect(await getSubmittedMonitoringReport(test.db, office, plan.id, 2025)).toBeNull();
		expect((await listPlanSitemap(test.db, office)).map((entry) => entry.path)).not.toContain(
			`/action-plan/${plan.slug}/reports/2025`
		);
	});

	it('lists only public events as evidence', async () => {
		const published = await createTestEvent(test.db, officeId);
		const draft = await createTestEvent(test.db, officeId, { status: 'draft' });
		const evidence = await listPublicEvidence(test.db, officeId, [draft.id, published.id, published.id]);
		expect(evidence.map((event) => event.id)).toEqual([published.id]);
	});

	it('filters the tree by area and activity status, dropping empty branches', async () => {
		const ctx = contextOf(test.db, officeId, coordinator);
		const plan = await createPlan(ctx, planForm());
		const areas = (await getPlanTree(test.db, officeId, plan.id))!.areas;
		const goal = await savePlanItem(ctx, {
			planId: plan.id,
			kind: 'goal',
			input: v.parse(goalInput, { areaId: areas[1].id, title: 'Посао' })
		});
		const measure = await savePlanItem(ctx, {
			planId: plan.id,
			kind: 'measure',
			input: v.parse(measureInput, { goalId: goal.id, title: 'Сајам' })
		});
		for (const status of ['done', 'late'])
			await savePlanItem(ctx, {
				planId: plan.id,
				kind: 'activity',
				input: v.parse(activityInput, { measureId: measure.id, title: status, status })
			});
		const tree = (await getPlanTree(test.db, officeId, plan.id))!;
		const late = filterTree(tree, { areaId: null, status: 'late' });
		expect(late.map((area) => area.id)).toEqual([areas[1].id]);
		expect(late[0].goals[0].measures[0].activities.map((row) => row.title)).toEqual(['late']);
		expect(filterTree(tree, { areaId: null, status: 'dropped' })).toEqual([]);
		expect(filterTree(tree, { areaId: areas[0].id, status: null })).toEqual([]);
	});
});

describe('the demo plan', () => {
	it('is built through the commands: adopted, with indicators, a submitted 2025 report, history and an archive', async () => {
		const office = (await createOffice(test.db, { isDefault: false })).id;
		await createPerson(test.db, { officeId: office, roles: ['coordinator'], email: 'koordinator@demo.kzm.test' });
		await seedDemoActionPlan(test.db, office);

		const tree = (await getCurrentPublicPlan(test.db, office))!;
		expect(tree.plan.title).toBe('Локални акциони план за младе општине Ивањица 2025–2029');
		expect(tree.plan.status).toBe('adopted');
		expect(tree.plan.decisionNumber).not.toBe('');
		const goals = tree.areas.flatMap((area) => area.goals);
		const measures = goals.flatMap((goal) => goal.measures);
		const indicators = [...goals, ...measures].flatMap((item) => item.indicators);
		expect(tree.areas.filter((area) => area.goals.length > 0).length).toBeGreaterThanOrEqual(3);
		expect(goals.length).toBeGreaterThanOrEqual(2);
		expect(measures.length).toBeGreaterThanOrEqual(5);
		expect(activitiesOf(tree)).toHaveLength(15);
		expect(indicators.length).toBeGreaterThanOrEqual(6);
		for (const indicator of indicators) {
			expect(indicator.baselineValue).not.toBeNull();
			expect(indicator.values.find((row) => row.year === 2025)?.actual).not.toBeNull();
		}
		expect(tree.budget.planned).toBeGreaterThan(1_000_000);
		expect(tree.progress).toBeGreaterThan(0);

		const report = (await getSubmittedMonitoringReport(test.db, office, tree.plan.id, 2025))!;
		const snapshot = report.snapshot as unknown as MonitoringSnapshot;
		expect(Object.keys(snapshot.entries)).toHaveLength(15);
		expect(report.summary).toContain('<p>');
		// The change made after submission is in the history, and not in the frozen report.
		const revisions = await listPlanRevisions(test.db, office, tree.plan.id);
		expect(revisions.map((revision) => revision.reason).join(' ')).toContain('Правилник');
		// Every change names its record in English too where the record has an English title (13.8).
		const named = revisions.flatMap((revision) => revision.changes);
		expect(named.length).toBeGreaterThan(0);
		for (const change of named) {
			const record = [...activitiesOf(tree), ...goals, ...measures].find((row) => row.title === change.title);
			if (record?.titleEn) expect(change.titleEn, change.title).toBe(record.titleEn);
		}
		expect(named.some((change) => change.titleEn)).toBe(true);
		const grants = activitiesOf(tree).find((row) => row.title.startsWith('Мали подстицаји'))!;
		expect(grants.startYear).toBe(2026);
		expect(activitiesOf(snapshot.tree).find((row) => row.id === grants.id)?.startYear).toBe(2025);

		const plans = await listPublicPlans(test.db, office);
		expect(plans.map((plan) => plan.status)).toEqual(['adopted', 'archived']);
		const paths = (await listPlanSitemap(test.db, office)).map((entry) => entry.path);
		expect(paths).toContain(`/action-plan/${tree.plan.slug}/reports/2025`);
		expect(paths).toContain(`/action-plan/${tree.plan.slug}/measures/${measures[0].id}`);

		// Search finds a measure typed in Latin without diacritics; nonsense finds nothing.
		const hits = await searchPlans(test.db, office, searchKey('vrsnjacka edukacija'), 10);
		expect(hits.map((hit) => hit.path)).toEqual([expect.stringMatching(/^\/action-plan\/2025-2029\/measures\//)]);
		expect(await searchPlans(test.db, office, searchKey('нема такве мере'), 10)).toEqual([]);

		await removeDemoActionPlans(test.db, office);
		expect(await listPublicPlans(test.db, office)).toEqual([]);
	});

	it('does nothing without the demo coordinator', async () => {
		const office = (await createOffice(test.db, { isDefault: false })).id;
		await seedDemoActionPlan(test.db, office);
		expect(await listPublicPlans(test.db, office)).toEqual([]);
	});
});
