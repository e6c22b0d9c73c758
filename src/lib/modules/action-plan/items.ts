// The parts of a plan the back-office edits one at a time: finding them in the tree and turning them
// into the values their forms show.
import type { ActivityNode, AreaNode, GoalNode, IndicatorNode, MeasureNode, PlanTree } from './queries.server.ts';
import { formatAmountInput, formatDecimalInput } from './view.ts';

export const ITEM_KINDS = ['area', 'goal', 'measure', 'activity', 'indicator'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export function isItemKind(value: string): value is ItemKind {
	return (ITEM_KINDS as readonly string[]).includes(value);
}

export type FoundItem =
	| { kind: 'area'; item: AreaNode }
	| { kind: 'goal'; item: GoalNode }
	| { kind: 'measure'; item: MeasureNode }
	| { kind: 'activity'; item: ActivityNode }
	| { kind: 'indicator'; item: IndicatorNode };

/** Every item of the tree with its kind. */
export function allItems(tree: Pick<PlanTree, 'areas'>): FoundItem[] {
	const found: FoundItem[] = [];
	for (const area of tree.areas) {
		found.push({ kind: 'area', item: area });
		for (const goal of area.goals) {
			found.push({ kind: 'goal', item: goal });
			for (const indicator of goal.indicators) found.push({ kind: 'indicator', item: indicator });
			for (const measure of goal.measures) {
				found.push({ kind: 'measure', item: measure });
				for (const indicator of measure.indicators) found.push({ kind: 'indicator', item: indicator });
				for (const activity of measure.activities) found.push({ kind: 'activity', item: activity });
			}
		}
	}
	return found;
}

/** An item of the given kind by id, or null. */
export function findItem(tree: Pick<PlanTree, 'areas'>, kind: ItemKind, id: string): FoundItem | null {
	return allItems(tree).find((entry) => entry.kind === kind && entry.item.id === id) ?? null;
}

/** The choices of parent for a kind: areas for goals, goals for measures, measures for activities. */
export function parentOptions(
	tree: Pick<PlanTree, 'areas'>,
	kind: ItemKind
): { id: string; label: string; labelEn: string; group?: string }[] {
	const goals = tree.areas.flatMap((area) => area.goals);
	const measures = goals.flatMap((goal) => goal.measures);
	switch (kind) {
		case 'goal':
			return tree.areas.map((area) => ({ id: area.id, label: area.name, labelEn: area.nameEn }));
		case 'measure':
			return goals.map((goal) => ({ id: goal.id, label: goal.title, labelEn: goal.titleEn }));
		case 'activity':
			return measures.map((measure) => ({ id: measure.id, label: measure.title, labelEn: measure.titleEn }));
		case 'indicator':
			return [
				...goals.map((goal) => ({ id: `goal:${goal.id}`, label: goal.title, labelEn: goal.titleEn, group: 'goal' })),
				...measures.map((measure) => ({
					id: `measure:${measure.id}`,
					label: measure.title,
					labelEn: measure.titleEn,
					group: 'measure'
				}))
			];
		default:
			return [];
	}
}

/** How many empty budget rows the activity form offers beyond the existing ones. */
export const EMPTY_BUDGET_ROWS = 3;

/** The values an item's form starts with (strings, as typed); `parent` preselects the parent for a new item. */
export function itemFormValues(found: FoundItem | null, kind: ItemKind, parent: string): Record<string, string> {
	const values: Record<string, string> = {};
	const item = found?.item as Record<string, unknown> | undefined;
	const text = (field: string) => (item?.[field] === null || item?.[field] === undefined ? '' : String(item[field]));
	switch (kind) {
		case 'area':
			Object.assign(values, { name: text('name'), nameEn: text('nameEn'), weight: text('weight') || '1' });
			break;
		case 'goal':
		case 'measure':
			Object.assign(values, {
				[kind === 'goal' ? 'areaId' : 'goalId']: text(kind === 'goal' ? 'areaId' : 'goalId') || parent,
				title: text('title'),
				titleEn: text('titleEn'),
				description: text('description'),
				descriptionEn: text('descriptionEn'),
				weight: text('weight') || '1'
			});
			break;
		case 'activity': {
			const activity = found?.kind === 'activity' ? found.item : null;
			Object.assign(values, {
				measureId: activity?.measureId ?? parent,
				title: text('title'),
				titleEn: text('titleEn'),
				description: text('description'),
				responsible: text('responsible'),
				coImplementers: (activity?.coImplementers ?? []).join('\n'),
				startYear: text('startYear'),
				startQuarter: text('startQuarter'),
				endYear: text('endYear'),
				endQuarter: text('endQuarter'),
				status: activity?.status ?? 'not_started',
				progress: text('progress') || '0',
				notes: text('notes'),
				weight: text('weight') || '1'
			});
			const rows = activity?.budgets ?? [];
			for (let index = 0; index < rows.length + EMPTY_BUDGET_ROWS; index++) {
				const row = rows[index];
				values[`budgets.${index}.year`] = row ? String(row.year) : '';
				values[`budgets.${index}.source`] = row?.source ?? 'municipal';
				values[`budgets.${index}.sourceNote`] = row?.sourceNote ?? '';
				values[`budgets.${index}.planned`] = row ? formatAmountInput(row.planned) : '';
				values[`budgets.${index}.spent`] = row ? formatAmountInput(row.spent) : '';
			}
			break;
		}
		case 'indicator': {
			const indicator = found?.kind === 'indicator' ? found.item : null;
			Object.assign(values, {
				parent: indicator ? (indicator.goalId ? `goal:${indicator.goalId}` : `measure:${indicator.measureId}`) : parent,
				name: text('name'),
				nameEn: text('nameEn'),
				unit: text('unit'),
				unitEn: text('unitEn'),
				baselineValue: formatDecimalInput(indicator?.baselineValue),
				baselineYear: text('baselineYear'),
				endTarget: formatDecimalInput(indicator?.endTarget),
				dataSource: text('dataSource'),
				computedFrom: indicator?.computedFrom ?? ''
			});
			break;
		}
	}
	return values;
}

/** How many budget rows a form shows: the highest row index sent or stored, plus one. */
export function budgetRowCount(values: Record<string, unknown>): number {
	let count = 0;
	for (const name of Object.keys(values)) {
		const match = /^budgets\.(\d+)\./.exec(name);
		if (match) count = Math.max(count, Number(match[1]) + 1);
	}
	return count;
}
