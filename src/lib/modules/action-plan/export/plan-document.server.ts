// What the exported plan says: its facts and introduction, the tree of areas, goals, measures and
// activities with their indicators, and the budget by year; the same content as workbook sheets.
import type { ExportOffice } from '../../../export/render.server.ts';
import type { I18n } from '../../../i18n/index.ts';
import type { GoalNode, IndicatorNode, MeasureNode, PlanTree } from '../queries.server.ts';
import { localized, usedAreas } from '../view.ts';
import type { ExportBlock, ExportCell, ExportDocument, ExportSheet, ExportTable } from '../../../export/model.ts';
import { sheetName } from '../../../export/model.ts';
import { planFacts, planTitle, progressText, timingText } from './text.server.ts';
import { fileNameOf, richTextParagraphs } from '../../../export/render.server.ts';

const sum = (values: readonly (number | null)[]) => values.reduce<number>((total, value) => total + (value ?? 0), 0);

/** Indicators with baseline, target and actual per year of the plan, and the end target. */
function indicatorTable(i18n: I18n, tree: PlanTree, indicators: readonly IndicatorNode[]): ExportTable {
	const { firstYear, lastYear } = tree.plan;
	const years = Array.from({ length: lastYear - firstYear + 1 }, (_, index) => firstYear + index);
	const number = (value: number | null | undefined) =>
		value === null || value === undefined ? '—' : i18n.formatNumber(value);
	return {
		columns: [
			{ header: i18n.t('plan.export.indicatorTargetActual'), kind: 'text', width: 30 },
			{ header: i18n.t('plan.chart.baseline'), kind: 'text', width: 11 },
			...years.map((year) => ({
				header: i18n.t('plan.export.yearHeader', { year: String(year) }),
				kind: 'text' as const,
				width: 11
			})),
			{ header: i18n.t('plan.chart.endTarget'), kind: 'number', width: 10 }
		],
		rows: indicators.map((indicator) => [
			indicatorName(i18n, indicator),
			indicator.baselineValue === null
				? '—'
				: `${number(indicator.baselineValue)}${indicator.baselineYear ? ` (${indicator.baselineYear})` : ''}`,
			...years.map((year) => {
				const value = indicator.values.find((row) => row.year === year);
				return `${number(value?.target)} / ${number(value?.actual)}`;
			}),
			indicator.endTarget
		])
	};
}

/** An indicator's name with its unit: "Young people trained (people)". */
export function indicatorName(i18n: I18n, indicator: Pick<IndicatorNode, 'name' | 'nameEn' | 'unit' | 'unitEn'>) {
	const name = localized(i18n, indicator.name, indicator.nameEn);
	return indicator.unit ? `${name} (${localized(i18n, indicator.unit, indicator.unitEn)})` : name;
}

function activityTable(i18n: I18n, measure: MeasureNode): ExportTable {
	return {
		columns: [
			{ header: i18n.t('plan.field.activity'), kind: 'text', width: 28 },
			{ header: i18n.t('plan.field.responsible'), kind: 'text', width: 19 },
			{ header: i18n.t('plan.field.timing'), kind: 'text', width: 14 },
			{ header: i18n.t('plan.field.status'), kind: 'text', width: 11 },
			{ header: i18n.t('plan.field.progress'), kind: 'percent', width: 11 },
			{ header: i18n.t('plan.budget.planned'), kind: 'money', width: 12 },
			{ header: i18n.t('plan.budget.spent'), kind: 'money', width: 12 }
		],
		rows: measure.activities.map((activity) => [
			localized(i18n, activity.title, activity.titleEn),
			[activity.responsible, ...activity.coImplementers]
				.filter(Boolean)
				.map((name) => i18n.text(name))
				.join('\n'),
			timingText(i18n, activity),
			i18n.t(`plan.activityStatus.${activity.status}`),
			activity.effectiveProgress,
			sum(activity.budgets.map((row) => row.planned)),
			activity.budgets.some((row) => row.spent !== null) ? sum(activity.budgets.map((row) => row.spent)) : null
		])
	};
}

function goalOrMeasureBlocks(
	i18n: I18n,
	tree: PlanTree,
	item: GoalNode | MeasureNode,
	heading: { level: 3 | 4; prefix: string }
): ExportBlock[] {
	const title = localized(i18n, item.title, item.titleEn);
	const blocks: ExportBlock[] = [
		{ kind: 'heading', level: heading.level, text: `${heading.prefix}: ${title}` },
		{ kind: 'facts', items: [{ label: i18n.t('plan.field.progress'), value: progressText(i18n, item.progress) }] }
	];
	if (item.description) blocks.push({ kind: 'paragraph', text: localized(i18n, item.description, item.descriptionEn) });
	if (item.indicators.length > 0) blocks.push({ kind: 'table', table: indicatorTable(i18n, tree, item.indicators) });
	return blocks;
}

function budgetRows(tree: PlanTree) {
	return usedAreas(tree).flatMap((area) =>
		area.goals.flatMap((goal) =>
			goal.measures.flatMap((measure) =>
				measure.activities.flatMap((activity) => activity.budgets.map((budget) => ({ measure, activity, budget })))
			)
		)
	);
}

function summarySheet(i18n: I18n, office: ExportOffice, title: string, facts: { label: string; value: string }[]) {
	return {
		name: sheetName(i18n.t('plan.export.sheet.summary')),
		table: {
			columns: [
				{ header: i18n.t('plan.export.item'), kind: 'text', width: 28 },
				{ header: i18n.t('plan.export.value'), kind: 'text', width: 70 }
			],
			rows: [
				[i18n.t('plan.export.office'), office.name],
				[i18n.t('plan.field.title'), title],
				...facts.map((fact) => [fact.label, fact.value])
			]
		}
	} satisfies ExportSheet;
}

/** The exported plan: everything the public page shows, plus budgets per year and indicator values. */
export function buildPlanDocument(
	i18n: I18n,
	input: { tree: PlanTree; office: ExportOffice; asOf: Date }
): ExportDocument {
	const { tree, office } = input;
	const plan = tree.plan;
	const title = planTitle(i18n, plan);
	const facts = [
		...planFacts(i18n, plan),
		{ label: i18n.t('plan.public.overall'), value: progressText(i18n, tree.progress) },
		{
			label: i18n.t('plan.field.budget'),
			value: i18n.t('plan.public.budget', {
				planned: i18n.formatNumber(tree.budget.planned),
				spent: i18n.formatNumber(tree.budget.spent)
			})
		},
		...(tree.budget.throughCalls > 0
			? [
					{
						label: i18n.t('plan.grants.title'),
						value: i18n.t('plan.public.throughCalls', { amount: i18n.formatNumber(tree.budget.throughCalls) })
					}
				]
			: []),
		{ label: i18n.t('plan.export.asOf'), value: i18n.formatDate(input.asOf, { dateStyle: 'long' }) }
	];
	const blocks: ExportBlock[] = [
		{ kind: 'heading', level: 1, text: title },
		{ kind: 'paragraph', text: i18n.t('plan.kind'), muted: true },
		{ kind: 'facts', items: facts }
	];
	const introduction = richTextParagraphs(i18n, plan.introduction, plan.introductionEn);
	if (introduction.length > 0) {
		blocks.push({ kind: 'heading', level: 2, text: i18n.t('plan.field.introduction') });
		for (const text of introduction) blocks.push({ kind: 'paragraph', text });
	}
	for (const area of usedAreas(tree)) {
		blocks.push(
			{ kind: 'heading', level: 2, text: localized(i18n, area.name, area.nameEn) },
			{ kind: 'facts', items: [{ label: i18n.t('plan.field.progress'), value: progressText(i18n, area.progress) }] }
		);
		for (const goal of area.goals) {
			blocks.push(...goalOrMeasureBlocks(i18n, tree, goal, { level: 3, prefix: i18n.t('plan.public.goal') }));
			for (const measure of goal.measures) {
				blocks.push(...goalOrMeasureBlocks(i18n, tree, measure, { level: 4, prefix: i18n.t('plan.entity.measure') }));
				if (measure.activities.length > 0) blocks.push({ kind: 'table', table: activityTable(i18n, measure) });
				else blocks.push({ kind: 'paragraph', text: i18n.t('plan.public.noActivities'), muted: true });
			}
		}
	}

	// The budget by year, then each activity's rows, so a council can check one year's money at a glance.
	const budgets = budgetRows(tree);
	const budgetColumns = [
		{ header: i18n.t('plan.field.measure'), kind: 'text', width: 26 },
		{ header: i18n.t('plan.field.activity'), kind: 'text', width: 30 },
		{ header: i18n.t('plan.budget.year'), kind: 'year', width: 8 },
		{ header: i18n.t('plan.budget.source'), kind: 'text', width: 16 },
		{ header: i18n.t('plan.budget.sourceNote'), kind: 'text', width: 20 },
		{ header: i18n.t('plan.budget.planned'), kind: 'money', width: 14 },
		{ header: i18n.t('plan.budget.spent'), kind: 'money', width: 14 }
	] satisfies ExportTable['columns'];
	const budgetTableRows: ExportCell[][] = budgets.map(({ measure, activity, budget }) => [
		localized(i18n, measure.title, measure.titleEn),
		localized(i18n, activity.title, activity.titleEn),
		budget.year,
		i18n.t(`plan.budgetSource.${budget.source}`),
		i18n.text(budget.sourceNote),
		budget.planned,
		budget.spent
	]);
	if (budgets.length > 0) {
		const years = [...new Set(budgets.map((row) => row.budget.year))].sort((a, b) => a - b);
		const perYear = years.map((year) => {
			const rows = budgets.filter((row) => row.budget.year === year).map((row) => row.budget);
			return [
				String(year),
				sum(rows.map((row) => row.planned)),
				rows.some((row) => row.spent !== null) ? sum(rows.map((row) => row.spent)) : null
			];
		});
		blocks.push(
			{ kind: 'heading', level: 2, text: i18n.t('plan.export.budgetByYear') },
			{
				kind: 'table',
				table: {
					columns: [
						{ header: i18n.t('plan.budget.year'), kind: 'text', width: 12 },
						{ header: i18n.t('plan.budget.planned'), kind: 'money', width: 16 },
						{ header: i18n.t('plan.budget.spent'), kind: 'money', width: 16 }
					],
					rows: [
						...perYear,
						[
							i18n.t('plan.export.total'),
							tree.budget.planned,
							budgets.some((row) => row.budget.spent !== null) ? tree.budget.spent - tree.budget.throughCalls : null
						]
					]
				}
			},
			{ kind: 'heading', level: 3, text: i18n.t('plan.export.budgetByActivity') },
			{
				kind: 'table',
				table: {
					columns: budgetColumns.filter((_, index) => index !== 0 && index !== 4),
					rows: budgetTableRows.map((row) => row.filter((_, index) => index !== 0 && index !== 4))
				}
			}
		);
	}

	const sheets: ExportSheet[] = [
		summarySheet(i18n, office, title, facts),
		{ name: sheetName(i18n.t('plan.public.activities')), table: activitySheet(i18n, tree) },
		{ name: sheetName(i18n.t('plan.field.budget')), table: { columns: budgetColumns, rows: budgetTableRows } },
		{ name: sheetName(i18n.t('plan.public.indicators')), table: indicatorSheet(i18n, tree) }
	];
	return {
		locale: i18n.locale,
		title,
		office,
		blocks,
		sheets,
		fileName: fileNameOf(title),
		pageLabel: i18n.t('plan.export.page', { page: '{page}', pages: '{pages}' })
	};
}

function activitySheet(i18n: I18n, tree: PlanTree): ExportTable {
	return {
		columns: [
			{ header: i18n.t('plan.field.area'), kind: 'text', width: 22 },
			{ header: i18n.t('plan.field.goal'), kind: 'text', width: 30 },
			{ header: i18n.t('plan.field.measure'), kind: 'text', width: 30 },
			{ header: i18n.t('plan.field.activity'), kind: 'text', width: 36 },
			{ header: i18n.t('plan.field.responsible'), kind: 'text', width: 24 },
			{ header: i18n.t('plan.field.coImplementers'), kind: 'text', width: 24 },
			{ header: i18n.t('plan.field.timing'), kind: 'text', width: 18 },
			{ header: i18n.t('plan.field.status'), kind: 'text', width: 12 },
			{ header: i18n.t('plan.field.progress'), kind: 'percent', width: 10 },
			{ header: i18n.t('plan.budget.planned'), kind: 'money', width: 14 },
			{ header: i18n.t('plan.budget.spent'), kind: 'money', width: 14 }
		],
		rows: usedAreas(tree).flatMap((area) =>
			area.goals.flatMap((goal) =>
				goal.measures.flatMap((measure) =>
					measure.activities.map((activity) => [
						localized(i18n, area.name, area.nameEn),
						localized(i18n, goal.title, goal.titleEn),
						localized(i18n, measure.title, measure.titleEn),
						localized(i18n, activity.title, activity.titleEn),
						i18n.text(activity.responsible),
						activity.coImplementers.map((name) => i18n.text(name)).join(', '),
						timingText(i18n, activity),
						i18n.t(`plan.activityStatus.${activity.status}`),
						activity.effectiveProgress,
						sum(activity.budgets.map((row) => row.planned)),
						activity.budgets.some((row) => row.spent !== null) ? sum(activity.budgets.map((row) => row.spent)) : null
					])
				)
			)
		)
	};
}

function indicatorSheet(i18n: I18n, tree: PlanTree): ExportTable {
	const { firstYear, lastYear } = tree.plan;
	const years = Array.from({ length: lastYear - firstYear + 1 }, (_, index) => firstYear + index);
	const owners = usedAreas(tree).flatMap((area) =>
		area.goals.flatMap((goal) => [
			{ title: localized(i18n, goal.title, goal.titleEn), indicators: goal.indicators },
			...goal.measures.map((measure) => ({
				title: localized(i18n, measure.title, measure.titleEn),
				indicators: measure.indicators
			}))
		])
	);
	return {
		columns: [
			{ header: i18n.t('plan.field.indicator'), kind: 'text', width: 36 },
			{ header: i18n.t('plan.field.indicatorOf'), kind: 'text', width: 30 },
			{ header: i18n.t('plan.field.unit'), kind: 'text', width: 12 },
			{ header: i18n.t('plan.field.baselineValue'), kind: 'number', width: 12 },
			{ header: i18n.t('plan.field.baselineYear'), kind: 'year', width: 10 },
			...years.flatMap((year) => [
				{ header: i18n.t('plan.export.targetYear', { year: String(year) }), kind: 'number' as const, width: 11 },
				{ header: i18n.t('plan.export.actualYear', { year: String(year) }), kind: 'number' as const, width: 11 }
			]),
			{ header: i18n.t('plan.chart.endTarget'), kind: 'number', width: 12 },
			{ header: i18n.t('plan.field.dataSource'), kind: 'text', width: 24 }
		],
		rows: owners.flatMap((owner) =>
			owner.indicators.map((indicator) => [
				localized(i18n, indicator.name, indicator.nameEn),
				owner.title,
				localized(i18n, indicator.unit, indicator.unitEn),
				indicator.baselineValue,
				indicator.baselineYear,
				...years.flatMap((year) => {
					const value = indicator.values.find((row) => row.year === year);
					return [value?.target ?? null, value?.actual ?? null];
				}),
				indicator.endTarget,
				i18n.text(indicator.dataSource)
			])
		)
	};
}
