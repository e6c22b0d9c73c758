// The action plan's datasets of the open data (decision 0025): the indicators of every public plan
// with their target and actual value per year, and the submitted monitoring reports.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import type { OpenDataColumn, OpenDataRow, OpenDataset } from '../../server/manifest.ts';
import { isoOrNull, latestOf } from '../../server/open-data.ts';
import { getPlanTree, listPublicPlans, type IndicatorNode } from './queries.server.ts';
import { planMonitoringReports } from './schema.ts';

const column = (name: string, type: OpenDataColumn['type'], nullable = false): OpenDataColumn => ({
	name,
	type,
	nullable,
	descriptionKey: `plan.opendata.column.${name}`
});

export const planIndicatorsDataset: OpenDataset = {
	id: 'action-plan-indicators',
	titleKey: 'plan.opendata.indicators.title',
	descriptionKey: 'plan.opendata.indicators.description',
	keywordKeys: ['plan.opendata.keyword', 'plan.opendata.indicators.keyword'],
	columns: [
		column('plan', 'string'),
		column('plan_years', 'string'),
		column('area', 'string'),
		column('goal', 'string'),
		column('measure', 'string', true),
		column('indicator_id', 'string'),
		column('indicator', 'string'),
		column('indicator_en', 'string', true),
		column('unit', 'string', true),
		column('baseline_value', 'number', true),
		column('baseline_year', 'integer', true),
		column('end_target', 'number', true),
		column('counted_by_platform', 'boolean'),
		column('data_source', 'string', true),
		column('year', 'integer', true),
		column('target', 'number', true),
		column('actual', 'number', true),
		column('url', 'string')
	],
	// The same plan tree the public plan page reads (computed indicators counted now).
	async read(db: Database, officeId: string, now: Date) {
		const plans = await listPublicPlans(db, officeId);
		const rows: OpenDataRow[] = [];
		for (const plan of plans) {
			const tree = await getPlanTree(db, officeId, plan.id, { now });
			const push = (area: string, goal: string, measure: string | null, indicator: IndicatorNode) => {
				const base = {
					plan: plan.title,
					plan_years: `${plan.firstYear}–${plan.lastYear}`,
					area,
					goal,
					measure,
					indicator_id: indicator.id,
					indicator: indicator.name,
					indicator_en: indicator.nameEn || null,
					unit: indicator.unit || null,
					baseline_value: indicator.baselineValue,
					baseline_year: indicator.baselineYear,
					end_target: indicator.endTarget,
					counted_by_platform: indicator.computedFrom !== null,
					data_source: indicator.dataSource || null,
					url: `/action-plan/${plan.slug}`
				};
				const values = [...indicator.values].sort((a, b) => a.year - b.year);
				if (values.length === 0) rows.push({ ...base, year: null, target: null, actual: null });
				for (const value of values)
					rows.push({ ...base, year: value.year, target: value.target, actual: value.actual });
			};
			for (const area of tree?.areas ?? []) {
				for (const goal of area.goals) {
					for (const indicator of goal.indicators) push(area.name, goal.title, null, indicator);
					for (const measure of goal.measures) {
						for (const indicator of measure.indicators) push(area.name, goal.title, measure.title, indicator);
					}
				}
			}
		}
		return { rows, updatedAt: latestOf(plans.map((plan) => plan.updatedAt)) };
	}
};

export const monitoringReportsDataset: OpenDataset = {
	id: 'action-plan-reports',
	titleKey: 'plan.opendata.reports.title',
	descriptionKey: 'plan.opendata.reports.description',
	keywordKeys: ['plan.opendata.keyword', 'plan.opendata.reports.keyword'],
	columns: [
		column('plan', 'string'),
		column('plan_years', 'string'),
		column('year', 'integer'),
		column('submitted_at', 'datetime'),
		column('summary', 'string'),
		column('summary_en', 'string', true),
		column('activities_reported', 'integer'),
		column('average_progress', 'number', true),
		column('spent', 'number', true),
		column('url', 'string')
	],
	// Submitted reports of public plans only; drafts are never public.
	async read(db: Database, officeId: string) {
		const plans = await listPublicPlans(db, officeId);
		if (plans.length === 0) return { rows: [], updatedAt: null };
		const reports = await db
			.select()
			.from(planMonitoringReports)
			.where(
				and(
					eq(planMonitoringReports.officeId, officeId),
					inArray(
						planMonitoringReports.planId,
						plans.map((plan) => plan.id)
					),
					eq(planMonitoringReports.status, 'submitted')
				)
			)
			.orderBy(asc(planMonitoringReports.year), asc(planMonitoringReports.id));
		const planById = new Map(plans.map((plan) => [plan.id, plan]));
		return {
			updatedAt: latestOf(reports.map((report) => report.submittedAt)),
			rows: reports.map((report) => {
				const plan = planById.get(report.planId)!;
				const entries = Object.values(report.entries);
				const spentValues = entries.flatMap((entry) => (entry.spent === null ? [] : [entry.spent]));
				return {
					plan: plan.title,
					plan_years: `${plan.firstYear}–${plan.lastYear}`,
					year: report.year,
					submitted_at: isoOrNull(report.submittedAt),
					summary: report.summary,
					summary_en: report.summaryEn || null,
					activities_reported: entries.length,
					average_progress:
						entries.length > 0
							? Math.round((entries.reduce((sum, entry) => sum + entry.progress, 0) / entries.length) * 10) / 10
							: null,
					spent: spentValues.length > 0 ? spentValues.reduce((sum, value) => sum + value, 0) : null,
					url: `/action-plan/${plan.slug}/reports/${report.year}`
				};
			})
		};
	}
};
