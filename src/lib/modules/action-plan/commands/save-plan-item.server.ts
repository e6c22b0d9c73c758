import { and, eq, max } from 'drizzle-orm';
import { authorize, type Context } from '../../../server/actor.ts';
import type { Database } from '../../../server/db/client.ts';
import { AppError } from '../../../server/errors.ts';
import { encodeMessage } from '../../../i18n/index.ts';
import { planActivities, planActivityBudgets, planAreas, planGoals, planMeasures } from '../schema.ts';
import type { ActivityInput, AreaInput, GoalInput, MeasureInput } from '../inputs.ts';
import { canEditActionPlan } from '../permissions.server.ts';
import { changedFields, englishTitleOf, lockPlan, recordPlanChange, type PlanChange } from './shared.server.ts';

export type PlanItem =
	| { kind: 'area'; input: AreaInput }
	| { kind: 'goal'; input: GoalInput }
	| { kind: 'measure'; input: MeasureInput }
	| { kind: 'activity'; input: ActivityInput };

const TABLES = { area: planAreas, goal: planGoals, measure: planMeasures, activity: planActivities } as const;

/** Checks that a parent id belongs to this plan, so a form cannot attach items to another plan. */
async function requireParent(
	tx: Database,
	table: typeof planAreas | typeof planGoals | typeof planMeasures,
	planId: string,
	id: string,
	field: string
): Promise<void> {
	const [row] = await tx
		.select({ id: table.id })
		.from(table)
		.where(and(eq(table.planId, planId), eq(table.id, id)));
	if (!row) throw new AppError('invalid', 'plan.error.notFound', { [field]: encodeMessage('plan.error.notFound') });
}

/**
 * Creates (no `id`) or updates an area, goal, measure or activity of a plan. New items go last
 * among their siblings. After adoption the change needs a reason and enters the public history.
 */
export async function savePlanItem(
	ctx: Context,
	options: { planId: string; id?: string } & PlanItem
): Promise<{ id: string }> {
	authorize(ctx.actor, canEditActionPlan(ctx.actor));
	const { planId, id } = options;
	return ctx.db.transaction(async (tx) => {
		const plan = await lockPlan(tx, ctx.officeId, planId);
		const table = TABLES[options.kind];
		let values: Record<string, unknown>;
		let fields: string[];
		let title: string;
		let budgets: ActivityInput['budgets'] | null = null;
		switch (options.kind) {
			case 'area': {
				const { reason: _r, ...rest } = options.input;
				void _r;
				values = rest;
				fields = ['name', 'nameEn', 'weight'];
				title = rest.name;
				break;
			}
			case 'goal': {
				const { reason: _r, ...rest } = options.input;
				void _r;
				await requireParent(tx, planAreas, planId, rest.areaId, 'areaId');
				values = rest;
				fields = ['areaId', 'title', 'titleEn', 'description', 'descriptionEn', 'weight'];
				title = rest.title;
				break;
			}
			case 'measure': {
				const { reason: _r, ...rest } = options.input;
				void _r;
				await requireParent(tx, planGoals, planId, rest.goalId, 'goalId');
				values = rest;
				fields = ['goalId', 'title', 'titleEn', 'description', 'descriptionEn', 'weight'];
				title = rest.title;
				break;
			}
			case 'activity': {
				const { reason: _r, budgets: given, ...rest } = options.input;
				void _r;
				await requireParent(tx, planMeasures, planId, rest.measureId, 'measureId');
				values = rest;
				budgets = given;
				fields = [
					'measureId',
					'title',
					'titleEn',
					'description',
					'responsible',
					'coImplementers',
					'startYear',
					'startQuarter',
					'endYear',
					'endQuarter',
					'status',
					'progress',
					'notes',
					'weight'
				];
				title = rest.title;
				break;
			}
		}
		if (budgets) {
			const outside = budgets.find((row) => row.year! < plan.firstYear || row.year! > plan.lastYear);
			if (outside)
				throw new AppError('invalid', 'plan.error.yearOutside', {
					budgets: encodeMessage('plan.error.yearOutside', {
						first: String(plan.firstYear),
						last: String(plan.lastYear)
					})
				});
		}

		let before: Record<string, unknown> | null = null;
		let itemId: string;
		if (id) {
			const [existing] = await tx
				.select()
				.from(table)
				.where(and(eq(table.planId, planId), eq(table.id, id)));
			if (!existing) throw new AppError('not_found', 'plan.error.notFound');
			before = existing as Record<string, unknown>;
			await tx
				.update(table)
				.set(values as never)
				.where(eq(table.id, id));
			itemId = id;
		} else {
			const [last] = await tx
				.select({ value: max(table.sortOrder) })
				.from(table)
				.where(eq(table.planId, planId));
			const [created] = await tx
				.insert(table)
				.values({ ...values, officeId: ctx.officeId, planId, sortOrder: (last?.value ?? -1) + 1 } as never)
				.returning({ id: table.id });
			itemId = created.id;
		}

		const changes: PlanChange[] = changedFields(options.kind, title, before, values, fields);
		if (budgets) {
			const previous = id
				? await tx
						.select({
							year: planActivityBudgets.year,
							source: planActivityBudgets.source,
							sourceNote: planActivityBudgets.sourceNote,
							planned: planActivityBudgets.planned,
							spent: planActivityBudgets.spent
						})
						.from(planActivityBudgets)
						.where(eq(planActivityBudgets.activityId, itemId))
				: [];
			const next = budgets.map((row) => ({
				year: row.year!,
				source: row.source,
				sourceNote: row.sourceNote,
				planned: row.planned ?? 0,
				spent: row.spent
			}));
			if (JSON.stringify(previous) !== JSON.stringify(next)) {
				changes.push({
					entity: 'activity',
					title,
					...englishTitleOf(values, before),
					field: 'budgets',
					before: previous,
					after: next
				});
				await tx.delete(planActivityBudgets).where(eq(planActivityBudgets.activityId, itemId));
				if (next.length > 0)
					await tx
						.insert(planActivityBudgets)
						.values(next.map((row) => ({ ...row, officeId: ctx.officeId, activityId: itemId })));
			}
		}
		await recordPlanChange(tx, ctx, plan, {
			action: id ? `actionPlan.${options.kind}.updated` : `actionPlan.${options.kind}.created`,
			entityType: `plan_${options.kind}`,
			entityId: itemId,
			reason: options.input.reason,
			changes
		});
		return { id: itemId };
	});
}
