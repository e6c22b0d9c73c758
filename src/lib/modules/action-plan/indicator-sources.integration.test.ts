// Indicators counted by other modules' sources (manifest `indicatorSources`, decision 0011): the plan
// asks each source once per set of measures for the whole plan, only for years up to now, shows what
// is counted, freezes the counts in a submitted report, and refuses a key no module offers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../../server/testing/db.ts';
import { contextOf, createOffice, createPerson } from '../../server/testing/factories.ts';
import type { Actor } from '../../server/actor.ts';
import { isAppError } from '../../server/errors.ts';
import type { IndicatorSource } from '../../server/manifest.ts';
import { goalInput, indicatorInput, measureInput, planInput } from './inputs.ts';
import { createPlan } from './commands/create-plan.server.ts';
import { savePlanItem } from './commands/save-plan-item.server.ts';
import { saveIndicator } from './commands/save-indicator.server.ts';
import { getPlanTree, type IndicatorNode, type PlanTree } from './queries.server.ts';
import { planIndicators } from './schema.ts';
import { loadIndicatorSources } from './indicator-sources.server.ts';

let test: TestDatabase;
let officeId: string;
let coordinator: Actor;

beforeAll(async () => {
	test = await createTestDatabase();
	officeId = (await createOffice(test.db)).id;
	coordinator = await createPerson(test.db, { officeId, roles: ['coordinator'] });
});
afterAll(() => test.close());

const NOW = new Date('2026-06-15T10:00:00Z');

/** A source that answers 10 × year's last digit + the number of measures asked, and records its calls. */
function fakeSource(
	key: string,
	calls: { measureIds: readonly string[]; years: readonly number[] }[]
): IndicatorSource {
	return {
		key,
		labelKey: 'plan.computed.events_held',
		countByYear: async (_db, input) => {
			calls.push({ measureIds: input.measureIds, years: input.years });
			return new Map(input.years.map((year) => [year, (year % 10) * 10 + input.measureIds.length]));
		}
	};
}

function all(tree: PlanTree): IndicatorNode[] {
	return tree.areas.flatMap((area) =>
		area.goals.flatMap((goal) => [...goal.indicators, ...goal.measures.flatMap((measure) => measure.indicators)])
	);
}

describe('indicator sources from manifests', () => {
	it('counts each source once per set of measures for the whole plan, up to the current year', async () => {
		const ctx = contextOf(test.db, officeId, coordinator);
		const plan = await createPlan(
			ctx,
			v.parse(planInput, { title: 'План', firstYear: '2024', lastYear: '2028', status: 'draft' })
		);
		const tree = (await getPlanTree(test.db, officeId, plan.id))!;
		const goal = await savePlanItem(ctx, {
			planId: plan.id,
			kind: 'goal',
			input: v.parse(goalInput, { areaId: tree.areas[0].id, title: 'Учешће' })
		});
		const measureIds: string[] = [];
		for (const title of ['Иницијативе', 'Буџет'])
			measureIds.push(
				(
					await savePlanItem(ctx, {
						planId: plan.id,
						kind: 'measure',
						input: v.parse(measureInput, { goalId: goal.id, title })
					})
				).id
			);
		const typed = async (parent: { goalId?: string; measureId?: string }, name: string) =>
			(
				await saveIndicator(ctx, {
					planId: plan.id,
					input: v.parse(indicatorInput, {
						goalId: parent.goalId ?? '',
						measureId: parent.measureId ?? '',
						name,
						targets: [{ year: '2025', target: '5' }]
					})
				})
			).id;
		// Three indicators on the first measure's source, two of them on the same measure, one on the goal.
		const first = await typed({ measureId: measureIds[0] }, 'Прва');
		const second = await typed({ measureId: measureIds[0] }, 'Друга');
		const onGoal = await typed({ goalId: goal.id }, 'Циљ');
		const other = await typed({ measureId: measureIds[1] }, 'Друга мера, други извор');
		for (const id of [first, second, onGoal])
			await test.db.update(planIndicators).set({ computedFrom: 'test.figure' }).where(eq(planIndicators.id, id));
		await test.db.update(planIndicators).set({ computedFrom: 'test.other' }).where(eq(planIndicators.id, other));

		const calls: { measureIds: readonly string[]; years: readonly number[] }[] = [];
		const otherCalls: typeof calls = [];
		const counted = (await getPlanTree(test.db, officeId, plan.id, {
			now: NOW,
			indicatorSources: [fakeSource('test.figure', calls), fakeSource('test.other', otherCalls)]
		}))!;
		expect(calls).toHaveLength(2);
		expect(otherCalls).toHaveLength(1);
		expect(calls.every((call) => call.years.join() === '2024,2025,2026')).toBe(true);
		const byId = new Map(all(counted).map((row) => [row.id, row]));
		const actual = (id: string, year: number) => byId.get(id)!.values.find((row) => row.year === year)?.actual;
		expect(actual(first, 2025)).toBe(51);
		expect(actual(second, 2026)).toBe(61);
		expect(actual(onGoal, 2024)).toBe(42);
		expect(actual(first, 2027)).toBeUndefined();
		// The target typed for 2025 stays next to the counted actual.
		expect(byId.get(first)!.values.find((row) => row.year === 2025)?.target).toBe(5);
		expect(byId.get(first)!.computedLabelKey).toBe('plan.computed.events_held');

		// Without sources asked for (a module removed), nothing is counted and nothing fails.
		const without = (await getPlanTree(test.db, officeId, plan.id, { now: NOW, indicatorSources: [] }))!;
		const kept = all(without).find((row) => row.id === first)!;
		expect(kept.computedLabelKey).toBeNull();
		expect(kept.values.find((row) => row.year === 2025)?.actual ?? null).toBeNull();
	});

	it('refuses a source key that no module offers, and offers every manifest source', async () => {
		const ctx = contextOf(test.db, officeId, coordinator);
		const plan = await createPlan(
			ctx,
			v.parse(planInput, { title: 'Други', firstYear: '2025', lastYear: '2027', status: 'draft' })
		);
		const tree = (await getPlanTree(test.db, officeId, plan.id))!;
		const goal = await savePlanItem(ctx, {
			planId: plan.id,
			kind: 'goal',
			input: v.parse(goalInput, { areaId: tree.areas[0].id, title: 'Циљ' })
		});
		const refused = await saveIndicator(ctx, {
			planId: plan.id,
			input: v.parse(indicatorInput, { goalId: goal.id, measureId: '', name: 'Х', computedFrom: 'nobody.figure' })
		}).catch((caught: unknown) => caught);
		expect(isAppError(refused) && refused.messageKey).toBe('plan.computed.error.unknown');
		const sources = await loadIndicatorSources();
		expect(new Set(sources.map((source) => source.key)).size).toBe(sources.length);
		for (const source of sources) expect(source.key).toMatch(/^[a-z][a-z0-9-]*\.[a-z][a-z0-9_]*$/);
	});
});
