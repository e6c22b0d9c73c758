// What an exported yearly monitoring report says, drawn from its frozen snapshot (or, for a draft in
// the back-office, from the plan as it stands): summary, each activity's status and spending against
// the year's plan, the indicators' targets and actuals, and the events that were its evidence.
import type { I18n } from '../../../i18n/index.ts';
import type { MonitoringSnapshot } from '../commands/monitoring-report.server.ts';
import { rollUp } from '../progress.ts';
import type { PlanRow, PlanTree } from '../queries.server.ts';
import type { MonitoringEntry } from '../schema.ts';
import { localized } from '../view.ts';
import type { ExportBlock, ExportCell, ExportDocument, ExportSheet, ExportTable } from '../../../export/model.ts';
import { sheetName } from '../../../export/model.ts';
import { indicatorName } from './plan-document.server.ts';
import type { ExportOffice } from '../../../export/render.server.ts';
import { planFacts, planTitle, progressText } from './text.server.ts';
import { fileNameOf, richTextParagraphs } from '../../../export/render.server.ts';

export interface ExportReport {
	year: number;
	status: 'draft' | 'submitted';
	submittedAt: Date | string | null;
	summary: string;
	summaryEn: string;
}

/** The plan's progress had it stood as the report's entries say. */
export function reportProgress(tree: Pick<PlanTree, 'areas'>, entries: Record<string, MonitoringEntry>): number | null {
	return rollUp({
		weight: 1,
		children: tree.areas.map((area) => ({
			weight: area.weight,
			children: area.goals.map((goal) => ({
				weight: goal.weight,
				children: goal.measures.map((measure) => ({
					weight: measure.weight,
					children: measure.activities.map((activity) => {
						const entry = entries[activity.id];
						return {
							weight: activity.weight,
							status: entry?.status ?? activity.status,
							progress: entry?.progress ?? activity.progress
						};
					})
				}))
			}))
		}))
	});
}

function measuresOf(tree: PlanTree) {
	return tree.areas.flatMap((area) =>
		area.goals.flatMap((goal) => goal.measures.map((measure) => ({ area, goal, measure })))
	);
}

function plannedIn(year: number, budgets: readonly { year: number; planned: number }[]): number {
	return budgets.filter((row) => row.year === year).reduce((total, row) => total + row.planned, 0);
}

/** The exported monitoring report of one year. */
export function buildReportDocument(
	i18n: I18n,
	input: { plan: PlanRow; report: ExportReport; snapshot: MonitoringSnapshot; office: ExportOffice }
): ExportDocument {
	const { report, snapshot, office } = input;
	const tree = snapshot.tree;
	const year = report.year;
	const yearText = String(year);
	const plan = planTitle(i18n, input.plan);
	const title = i18n.t('plan.report.title', { year: yearText });
	const measures = measuresOf(tree);
	const activities = measures.flatMap(({ measure }) => measure.activities);
	const planned = activities.reduce((total, activity) => total + plannedIn(year, activity.budgets), 0);
	const spentEntries = activities.map((activity) => snapshot.entries[activity.id]?.spent ?? null);
	const spent = spentEntries.reduce<number>((total, value) => total + (value ?? 0), 0);

	const facts = [
		{ label: i18n.t('plan.entity.plan'), value: plan },
		...planFacts(i18n, input.plan, { withStatus: false }),
		report.status === 'submitted' && report.submittedAt
			? {
					label: i18n.t('plan.export.submittedOn'),
					value: i18n.formatDate(report.submittedAt, { dateStyle: 'long' })
				}
			: { label: i18n.t('plan.export.reportStatus'), value: i18n.t('plan.report.draft') },
		{ label: i18n.t('plan.public.overall'), value: progressText(i18n, reportProgress(tree, snapshot.entries)) },
		{
			label: i18n.t('plan.export.budgetOfYear', { year: yearText }),
			value: i18n.t('plan.public.budget', {
				planned: i18n.formatNumber(planned),
				spent: spentEntries.some((value) => value !== null) ? i18n.formatNumber(spent) : '—'
			})
		}
	];
	const blocks: ExportBlock[] = [
		{ kind: 'heading', level: 1, text: title },
		{ kind: 'paragraph', text: plan, muted: true },
		{ kind: 'facts', items: facts }
	];
	const summary = richTextParagraphs(i18n, report.summary, report.summaryEn);
	if (summary.length > 0) {
		blocks.push({ kind: 'heading', level: 2, text: i18n.t('plan.report.summary') });
		for (const text of summary) blocks.push({ kind: 'paragraph', text });
	}

	const activityColumns = [
		{ header: i18n.t('plan.field.activity'), kind: 'text', width: 30 },
		{ header: i18n.t('plan.field.status'), kind: 'text', width: 11 },
		{ header: i18n.t('plan.field.progress'), kind: 'percent', width: 11 },
		{ header: i18n.t('plan.export.plannedYear', { year: yearText }), kind: 'money', width: 12 },
		{ header: i18n.t('plan.export.spentYear', { year: yearText }), kind: 'money', width: 12 },
		{ header: i18n.t('plan.report.comment'), kind: 'text', width: 26 }
	] satisfies ExportTable['columns'];
	const activityRow = (
		activity: PlanTree['areas'][number]['goals'][number]['measures'][number]['activities'][number]
	) => {
		const entry = snapshot.entries[activity.id];
		const name = localized(i18n, activity.title, activity.titleEn);
		if (!entry) return [name, i18n.t('plan.report.notCovered'), null, plannedIn(year, activity.budgets), null, ''];
		return [
			name,
			i18n.t(`plan.activityStatus.${entry.status}`),
			entry.status === 'dropped' ? null : entry.progress,
			plannedIn(year, activity.budgets),
			entry.spent,
			i18n.text(entry.comment)
		] satisfies ExportCell[];
	};
	blocks.push({ kind: 'heading', level: 2, text: i18n.t('plan.report.activities') });
	for (const { measure } of measures) {
		if (measure.activities.length === 0) continue;
		blocks.push(
			{ kind: 'heading', level: 3, text: localized(i18n, measure.title, measure.titleEn) },
			{ kind: 'table', table: { columns: activityColumns, rows: measure.activities.map(activityRow) } }
		);
	}

	const indicators = tree.areas.flatMap((area) =>
		area.goals.flatMap((goal) => [...goal.indicators, ...goal.measures.flatMap((measure) => measure.indicators)])
	);
	const indicatorRows = indicators.map((indicator) => {
		const value = indicator.values.find((row) => row.year === year);
		return [
			indicatorName(i18n, indicator),
			indicator.baselineValue,
			value?.target ?? null,
			value?.actual ?? null,
			indicator.endTarget
		];
	});
	const indicatorColumns = [
		{ header: i18n.t('plan.field.indicator'), kind: 'text', width: 36 },
		{ header: i18n.t('plan.chart.baseline'), kind: 'number', width: 11 },
		{ header: i18n.t('plan.export.targetYear', { year: yearText }), kind: 'number', width: 11 },
		{ header: i18n.t('plan.export.actualYear', { year: yearText }), kind: 'number', width: 11 },
		{ header: i18n.t('plan.chart.endTarget'), kind: 'number', width: 11 }
	] satisfies ExportTable['columns'];
	if (indicators.length > 0)
		blocks.push(
			{ kind: 'heading', level: 2, text: i18n.t('plan.report.indicators', { year: yearText }) },
			{ kind: 'table', table: { columns: indicatorColumns, rows: indicatorRows } }
		);

	const events = snapshot.events.map((event) => ({
		title: localized(i18n, event.title, event.titleEn),
		date: i18n.formatDate(event.startsAt, { dateStyle: 'medium' })
	}));
	blocks.push({ kind: 'heading', level: 2, text: i18n.t('plan.report.evidence') });
	if (events.length > 0) blocks.push({ kind: 'list', items: events.map((event) => `${event.title}, ${event.date}`) });
	else blocks.push({ kind: 'paragraph', text: i18n.t('plan.evidence.none'), muted: true });

	const sheets: ExportSheet[] = [
		{
			name: sheetName(i18n.t('plan.export.sheet.summary')),
			table: {
				columns: [
					{ header: i18n.t('plan.export.item'), kind: 'text', width: 28 },
					{ header: i18n.t('plan.export.value'), kind: 'text', width: 70 }
				],
				rows: [
					[i18n.t('plan.export.office'), office.name],
					[i18n.t('plan.field.title'), title],
					...facts.map((fact) => [fact.label, fact.value]),
					...summary.map((text, index) => [index === 0 ? i18n.t('plan.report.summary') : '', text])
				]
			}
		},
		{
			name: sheetName(i18n.t('plan.public.activities')),
			table: {
				columns: [
					{ header: i18n.t('plan.field.area'), kind: 'text', width: 22 },
					{ header: i18n.t('plan.field.measure'), kind: 'text', width: 30 },
					{ header: i18n.t('plan.field.responsible'), kind: 'text', width: 24 },
					...activityColumns
				],
				rows: measures.flatMap(({ area, measure }) =>
					measure.activities.map((activity) => [
						localized(i18n, area.name, area.nameEn),
						localized(i18n, measure.title, measure.titleEn),
						i18n.text(activity.responsible),
						...activityRow(activity)
					])
				)
			}
		},
		{
			name: sheetName(i18n.t('plan.public.indicators')),
			table: {
				columns: [
					{ header: i18n.t('plan.field.indicator'), kind: 'text', width: 36 },
					{ header: i18n.t('plan.field.unit'), kind: 'text', width: 12 },
					...indicatorColumns.slice(1)
				],
				rows: indicators.map((indicator, index) => [
					localized(i18n, indicator.name, indicator.nameEn),
					localized(i18n, indicator.unit, indicator.unitEn),
					...indicatorRows[index].slice(1)
				])
			}
		},
		{
			name: sheetName(i18n.t('plan.export.sheet.events')),
			table: {
				columns: [
					{ header: i18n.t('plan.export.event'), kind: 'text', width: 50 },
					{ header: i18n.t('plan.export.date'), kind: 'text', width: 18 }
				],
				rows: events.map((event) => [event.title, event.date])
			}
		}
	];
	return {
		locale: i18n.locale,
		title: `${title} · ${plan}`,
		office,
		blocks,
		sheets,
		fileName: fileNameOf(`${title} ${plan}`),
		pageLabel: i18n.t('plan.export.page', { page: '{page}', pages: '{pages}' })
	};
}
