import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { and, eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../../server/testing/db.ts';
import { contextOf, createOffice, createPerson } from '../../server/testing/factories.ts';
import { auditLog } from '../../server/db/core-schema.ts';
import type { Actor } from '../../server/actor.ts';
import { isAppError } from '../../server/errors.ts';
import { createTestEvent } from '../events/test-factories.ts';
import { planRevisions } from './schema.ts';
import { activityInput, goalInput, indicatorInput, measureInput, planInput, monitoringEntryInput } from './inputs.ts';
import { createPlan } from './commands/create-plan.server.ts';
import { updatePlan } from './commands/update-plan.server.ts';
import { savePlanItem } from './commands/save-plan-item.server.ts';
import { deletePlanItem } from './commands/delete-plan-item.server.ts';
import { saveIndicator } from './commands/save-indicator.server.ts';
import { recordIndicatorActual } from './commands/record-indicator-actual.server.ts';
import { setEventPlanLinks } from './commands/link-event.server.ts';
import {
	saveMonitoringReport,
	startMonitoringReport,
	submitMonitoringReport,
	type MonitoringSnapshot
} from './commands/monitoring-report.server.ts';
import {
	getMonitoringReport,
	getPlanTree,
	getPublicPlanBySlug,
	listMonitoringReports,
	listEventPlanLinkValues,
	listPlanLinkChoices,
	listPlanRevisions,
	listPublicPlans
} from './queries.server.ts';

let test: TestDatabase;
let officeId: string;
let coordinator: Actor;
let youngPerson: Actor;
let councilMember: Actor;

const planForm = (overrides: Record<string, string> = {}) =>
	v.parse(planInput, {
		title: 'Локални акциони план за младе општине Ивањица',
		firstYear: '2025',
		lastYear: '2029',
		status: 'draft',
		...overrides
	});

async function expectError(promise: Promise<unknown>, code: string, field?: string) {
	const caught = await promise.then(
		() => null,
		(error: unknown) => error
	);
	expect(isAppError(caught), String(caught)).toBe(true);
	if (!isAppError(caught)) return;
	expect(caught.code).toBe(code);
	if (field) expect(Object.keys(caught.fieldErrors)).toContain(field);
}

/** A plan with one area → goal → measure and two activities. */
async function buildPlan(status: 'draft' | 'adopted' = 'draft') {
	const ctx = contextOf(test.db, officeId, coordinator);
	const plan = await createPlan(ctx, planForm({ status: 'draft' }));
	const tree = (await getPlanTree(test.db, officeId, plan.id))!;
	const areaId = tree.areas[0].id;
	const goal = await savePlanItem(ctx, {
		planId: plan.id,
		kind: 'goal',
		input: v.parse(goalInput, { areaId, title: 'Више младих у неформалном образовању' })
	});
	const measure = await savePlanItem(ctx, {
		planId: plan.id,
		kind: 'measure',
		input: v.parse(measureInput, { goalId: goal.id, title: 'Радионице меких вештина' })
	});
	const first = await savePlanItem(ctx, {
		planId: plan.id,
		kind: 'activity',
		input: v.parse(activityInput, {
			measureId: measure.id,
			title: 'Циклус радионица у средњим школама',
			responsible: 'Канцеларија за младе',
			coImplementers: 'Гимназија\nТехничка школа\n',
			startYear: '2025',
			startQuarter: '1',
			endYear: '2026',
			endQuarter: '4',
			status: 'in_progress',
			progress: '40',
			budgets: [
				{ year: '2025', source: 'municipal', sourceNote: 'Линија 481', planned: '300.000', spent: '120 000' },
				{ year: '', source: 'donor', planned: '', spent: '' }
			]
		})
	});
	const second = await savePlanItem(ctx, {
		planId: plan.id,
		kind: 'activity',
		input: v.parse(activityInput, { measureId: measure.id, title: 'Приручник за вршњачке едукаторе', status: 'done' })
	});
	if (status === 'adopted')
		await updatePlan(ctx, {
			planId: plan.id,
			input: planForm({ status: 'adopted', decisionNumber: '06-12/2025', decisionDate: '2025-03-14' })
		});
	return { plan, areaId, goalId: goal.id, measureId: measure.id, firstId: first.id, secondId: second.id };
}

beforeAll(async () => {
	test = await createTestDatabase();
	officeId = (await createOffice(test.db)).id;
	coordinator = await createPerson(test.db, { officeId, roles: ['coordinator'] });
	youngPerson = await createPerson(test.db, { officeId, roles: ['young_person'] });
	councilMember = await createPerson(test.db, { officeId, roles: ['council_member'] });
});
afterAll(() => test.close());

describe('building a plan', () => {
	it('starts a plan with the national strategy areas and rolls progress up the tree', async () => {
		const { plan, firstId } = await buildPlan();
		const tree = (await getPlanTree(test.db, officeId, plan.id))!;
		expect(tree.areas.map((area) => area.nameEn)).toEqual([
			'Education',
			'Employment and entrepreneurship',
			'Health and well-being',
			'Safety',
			'Culture and free time',
			'Activism and participation',
			'Mobility',
			'Social inclusion'
		]);
		const measure = tree.areas[0].goals[0].measures[0];
		// 40 % and done (100 %) with equal weights.
		expect(measure.progress).toBe(70);
		expect(tree.areas[0].progress).toBe(70);
		// Areas without goals do not pull the plan down.
		expect(tree.progress).toBe(70);
		const activity = measure.activities.find((row) => row.id === firstId)!;
		expect(activity.coImplementers).toEqual(['Гимназија', 'Техничка школа']);
		expect(activity.budgets).toMatchObject([
			{ year: 2025, source: 'municipal', sourceNote: 'Линија 481', planned: 300000, spent: 120000 }
		]);
		expect(tree.budget).toEqual({ planned: 300000, spent: 120000, throughCalls: 0 });
	});

	it('follows edited weights and leaves dropped activities out', async () => {
		const ctx = contextOf(test.db, officeId, coordinator);
		const { plan, measureId, firstId, secondId } = await buildPlan();
		await savePlanItem(ctx, {
			planId: plan.id,
			id: firstId,
			kind: 'activity',
			input: v.parse(activityInput, {
				measureId,
				title: 'Циклус радионица у средњим школама',
				status: 'in_progress',
				progress: '40',
				weight: '3'
			})
		});
		let tree = (await getPlanTree(test.db, officeId, plan.id))!;
		expect(tree.areas[0].goals[0].measures[0].progress).toBe(55); // (40·3 + 100) / 4
		await savePlanItem(ctx, {
			planId: plan.id,
			id: secondId,
			kind: 'activity',
			input: v.parse(activityInput, { measureId, title: 'Приручник', status: 'dropped' })
		});
		tree = (await getPlanTree(test.db, officeId, plan.id))!;
		expect(tree.areas[0].goals[0].measures[0].progress).toBe(40);
	});

	it('refuses budget years outside the plan and parents from another plan', async () => {
		const ctx = contextOf(test.db, officeId, coordinator);
		const one = await buildPlan();
		const other = await buildPlan();
		await expectError(
			savePlanItem(ctx, {
				planId: one.plan.id,
				kind: 'activity',
				input: v.parse(activityInput, {
					measureId: one.measureId,
					title: 'Ван периода',
					status: 'not_started',
					budgets: [{ year: '2031', source: 'ministry', planned: '1000' }]
				})
			}),
			'invalid',
			'budgets'
		);
		await expectError(
			savePlanItem(ctx, {
				planId: one.plan.id,
				kind: 'activity',
				input: v.parse(activityInput, { measureId: other.measureId, title: 'Туђа мера', status: 'not_started' })
			}),
			'invalid',
			'measureId'
		);
	});

	it('reads amounts and decimals as people in Serbia type them, and explains what is wrong', () => {
		const parsed = v.parse(indicatorInput, {
			measureId: 'x',
			name: 'Удео младих',
			baselineValue: '12,5',
			endTarget: '30',
			targets: [{ year: '2026', target: '17,25' }]
		});
		expect(parsed.baselineValue).toBe(12.5);
		expect(parsed.targets).toEqual([{ year: 2026, target: 17.25 }]);
		const wrong = v.safeParse(indicatorInput, { goalId: 'g', measureId: 'm', name: 'Двоструко', endTarget: '1.000,5' });
		expect(wrong.success).toBe(false);
		const budget = v.safeParse(activityInput, {
			measureId: 'm',
			title: 'Т',
			status: 'done',
			budgets: [{ year: '2025', source: 'other', planned: '12,50' }]
		});
		expect(budget.success).toBe(false);
	});
});

describe('after adoption', () => {
	it('needs a reason for every change and shows it in the public history', async () => {
		const ctx = contextOf(test.db, officeId, coordinator);
		const { plan, measureId, firstId } = await buildPlan('adopted');
		const input = v.parse(activityInput, {
			measureId,
			title: 'Циклус радионица у свим школама',
			status: 'in_progress',
			progress: '40'
		});
		await expectError(
			savePlanItem(ctx, { planId: plan.id, id: firstId, kind: 'activity', input }),
			'invalid',
			'reason'
		);
		await savePlanItem(ctx, {
			planId: plan.id,
			id: firstId,
			kind: 'activity',
			input: { ...input, reason: 'Основна школа се прикључила програму.' }
		});
		const revisions = await listPlanRevisions(test.db, officeId, plan.id);
		expect(revisions).toHaveLength(1);
		expect(revisions[0].reason).toBe('Основна школа се прикључила програму.');
		expect(revisions[0].changes).toEqual(
			expect.arrayContaining([
				expect.objectContaining({
					field: 'title',
					before: 'Циклус радионица у средњим школама',
					after: 'Циклус радионица у свим школама'
				})
			])
		);
		await expectError(
			deletePlanItem(ctx, { planId: plan.id, kind: 'activity', id: firstId, reason: '' }),
			'invalid',
			'reason'
		);
	});

	it('is public once adopted; drafts never are', async () => {
		const draft = await buildPlan();
		const adopted = await buildPlan('adopted');
		const slugs = (await listPublicPlans(test.db, officeId)).map((plan) => plan.id);
		expect(slugs).toContain(adopted.plan.id);
		expect(slugs).not.toContain(draft.plan.id);
		expect(await getPublicPlanBySlug(test.db, officeId, draft.plan.slug)).toBeNull();
		expect((await getPublicPlanBySlug(test.db, officeId, adopted.plan.slug))?.plan.id).toBe(adopted.plan.id);
	});

	it('insists on the decision of the assembly when a plan is adopted', () => {
		const result = v.safeParse(planInput, { title: 'ЛАП', firstYear: '2025', lastYear: '2029', status: 'adopted' });
		expect(result.success).toBe(false);
	});

	it('keeps only one current plan per office', async () => {
		const ctx = contextOf(test.db, officeId, coordinator);
		const first = await createPlan(ctx, planForm({ isCurrent: 'on' }));
		const second = await createPlan(ctx, planForm({ isCurrent: 'on', firstYear: '2030', lastYear: '2034' }));
		const plans = await Promise.all(
			[first, second].map(async (plan) => (await getPlanTree(test.db, officeId, plan.id))!.plan.isCurrent)
		);
		expect(plans).toEqual([false, true]);
	});
});

describe('indicators and monitoring', () => {
	it('keeps yearly targets and actuals, and a submitted report does not change when the plan does', async () => {
		const ctx = contextOf(test.db, officeId, coordinator);
		const { plan, measureId, firstId } = await buildPlan('adopted');
		const indicator = await saveIndicator(ctx, {
			planId: plan.id,
			input: v.parse(indicatorInput, {
				measureId,
				name: 'Број младих на радионицама',
				unit: 'особа',
				baselineValue: '40',
				baselineYear: '2024',
				endTarget: '200',
				targets: [
					{ year: '2025', target: '60' },
					{ year: '2026', target: '90' }
				],
				reason: 'Додат показатељ по препоруци Савета за младе.'
			})
		});
		await recordIndicatorActual(ctx, {
			planId: plan.id,
			indicatorId: indicator.id,
			input: { year: 2025, actual: 72, source: 'Евиденција присуства', note: '' }
		});
		const event = await createTestEvent(test.db, officeId, {
			sessions: [{ startsAt: new Date('2025-05-10T15:00:00Z'), endsAt: new Date('2025-05-10T17:00:00Z') }]
		});
		await setEventPlanLinks(ctx, { eventId: event.id, links: [{ measureId, activityId: firstId }] });

		const report = await startMonitoringReport(ctx, { planId: plan.id, year: 2025 });
		await expectError(startMonitoringReport(ctx, { planId: plan.id, year: 2025 }), 'conflict');
		await saveMonitoringReport(ctx, {
			reportId: report.id,
			summary: { summary: '<p>Година је протекла по плану.</p>', summaryEn: '' },
			entries: {
				[firstId]: v.parse(monitoringEntryInput, {
					status: 'in_progress',
					progress: '60',
					spent: '150.000',
					comment: 'Радионице одржане у две школе.'
				})
			}
		});
		await submitMonitoringReport(ctx, { reportId: report.id });
		// The reported spending reaches the plan's budget execution and its public history.
		const afterReport = (await getPlanTree(test.db, officeId, plan.id))!;
		const reported = afterReport.areas[0].goals[0].measures[0].activities.find((row) => row.id === firstId)!;
		expect(reported.budgets.filter((row) => row.year === 2025).reduce((sum, row) => sum + (row.spent ?? 0), 0)).toBe(
			150000
		);
		const history = await test.db.select().from(planRevisions).where(eq(planRevisions.planId, plan.id));
		expect(history.flatMap((revision) => revision.changes)).toEqual(
			expect.arrayContaining([expect.objectContaining({ entity: 'activity', field: 'spent 2025', after: 150000 })])
		);

		// The plan changes after submission…
		await savePlanItem(ctx, {
			planId: plan.id,
			id: firstId,
			kind: 'activity',
			input: {
				...v.parse(activityInput, { measureId, title: 'Сасвим нов назив', status: 'late', progress: '10' }),
				reason: 'Промена у 2026.'
			}
		});
		// …but the submitted report still shows what was reported.
		const stored = (await getMonitoringReport(test.db, officeId, report.id))!;
		expect(stored.status).toBe('submitted');
		const snapshot = stored.snapshot as unknown as MonitoringSnapshot;
		const activity = snapshot.tree.areas[0].goals[0].measures[0].activities.find((row) => row.id === firstId)!;
		expect(activity.title).toBe('Циклус радионица у средњим школама');
		expect(snapshot.entries[firstId]).toMatchObject({ progress: 60, spent: 150000 });
		expect(snapshot.events.map((row) => row.id)).toEqual([event.id]);
		const values = snapshot.tree.areas[0].goals[0].measures[0].indicators[0].values;
		expect(values.find((row) => row.year === 2025)).toMatchObject({ target: 60, actual: 72 });
		await expectError(
			saveMonitoringReport(ctx, { reportId: report.id, summary: { summary: 'ново', summaryEn: '' } }),
			'conflict'
		);
		expect(
			(await listMonitoringReports(test.db, officeId, plan.id, { onlySubmitted: true })).map((r) => r.year)
		).toEqual([2025]);
		const audit = await test.db
			.select({ action: auditLog.action })
			.from(auditLog)
			.where(and(eq(auditLog.officeId, officeId), eq(auditLog.entityId, report.id)));
		expect(audit.map((row) => row.action)).toEqual(
			expect.arrayContaining([
				'actionPlan.monitoring.started',
				'actionPlan.monitoring.saved',
				'actionPlan.monitoring.submitted'
			])
		);
	});
});

describe('who may change the plan', () => {
	it('lets staff build the plan and refuses young people and council members', async () => {
		for (const actor of [youngPerson, councilMember, null]) {
			const ctx = contextOf(test.db, officeId, actor);
			const caught = await createPlan(ctx, planForm()).catch((error: unknown) => error);
			expect(isAppError(caught) && ['forbidden', 'unauthenticated'].includes(caught.code)).toBe(true);
		}
		const { plan, measureId } = await buildPlan();
		const refused = await savePlanItem(contextOf(test.db, officeId, youngPerson), {
			planId: plan.id,
			kind: 'activity',
			input: v.parse(activityInput, { measureId, title: 'Упад', status: 'done' })
		}).catch((error: unknown) => error);
		expect(isAppError(refused) && refused.code).toBe('forbidden');
	});

	it('does not reach another office’s plan', async () => {
		const { plan } = await buildPlan();
		const otherOffice = await createOffice(test.db, { isDefault: false });
		const stranger = await createPerson(test.db, { officeId: otherOffice.id, roles: ['coordinator'] });
		await expectError(
			updatePlan(contextOf(test.db, otherOffice.id, stranger), { planId: plan.id, input: planForm() }),
			'not_found'
		);
		expect(await getPlanTree(test.db, otherOffice.id, plan.id)).toBeNull();
	});
});

describe('linking events to the plan from the event form', () => {
	it('offers the measures and activities of plans being carried out, and shows what an event is linked to', async () => {
		const ctx = contextOf(test.db, officeId, coordinator);
		const draft = await buildPlan();
		const adopted = await buildPlan('adopted');
		const values = (await listPlanLinkChoices(test.db, officeId)).map((choice) => choice.value);
		expect(values).toContain(`${adopted.measureId}:`);
		expect(values).toContain(`${adopted.measureId}:${adopted.firstId}`);
		expect(values).not.toContain(`${draft.measureId}:`);

		const event = await createTestEvent(test.db, officeId);
		await setEventPlanLinks(ctx, {
			eventId: event.id,
			links: [{ measureId: adopted.measureId, activityId: adopted.secondId }]
		});
		expect(await listEventPlanLinkValues(test.db, officeId, event.id)).toEqual([
			`${adopted.measureId}:${adopted.secondId}`
		]);
		// An activity of another measure is refused; an empty list unlinks.
		const refused = await setEventPlanLinks(ctx, {
			eventId: event.id,
			links: [{ measureId: adopted.measureId, activityId: draft.firstId }]
		}).catch((error: unknown) => error);
		expect(isAppError(refused) && refused.code).toBe('invalid');
		await setEventPlanLinks(ctx, { eventId: event.id, links: [] });
		expect(await listEventPlanLinkValues(test.db, officeId, event.id)).toEqual([]);
		const stranger = await setEventPlanLinks(contextOf(test.db, officeId, youngPerson), {
			eventId: event.id,
			links: []
		}).catch((error: unknown) => error);
		expect(isAppError(stranger) && stranger.code).toBe('forbidden');
	});
});
