// Reading report templates and the reports made from them: a draft fills the template's sections with
// today's figures, a submitted one reads its frozen copy (decision 0035).
import { and, asc, desc, eq, isNotNull, sql } from 'drizzle-orm';
import { orderOf } from '../../server/list-sort.ts';
import type { SortState } from '../../ui/data-table.ts';
import { authorize, type Context } from '../../server/actor.ts';
import type { Database } from '../../server/db/client.ts';
import { AppError } from '../../server/errors.ts';
import { canWriteTemplateReports } from './permissions.server.ts';
import { reportTemplates, templateReports } from './schema.ts';
import { reportBlocks, reportPlan } from './annual.server.ts';
import { readAssessment } from './standards.server.ts';
import {
	DEFAULT_REPORT_TEMPLATE,
	fillSections,
	indicatorCatalogue,
	type IndicatorChoice,
	type ReportSection,
	type TemplateReportSnapshot,
	type YearFacts
} from './templates.ts';
import type { AssessedStandard } from './standards.ts';

export type ReportTemplateRow = typeof reportTemplates.$inferSelect;
export type TemplateReportRow = typeof templateReports.$inferSelect;

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The template list's sortable columns (?sort=): the whitelist the address is read against. */
export const REPORT_TEMPLATE_SORT_COLUMNS = {
	template: sql`kzm_sort_key(${reportTemplates.name}) COLLATE "C"`,
	sections: sql`jsonb_array_length(${reportTemplates.sections})`
} as const;

/** The report list's sortable columns: by year then template, and by state as the column reads it. */
export const TEMPLATE_REPORT_SORT_COLUMNS = {
	report: templateReports.year,
	// Draft, submitted, submitted and published.
	status: sql`(CASE WHEN ${templateReports.status} <> 'submitted' THEN 0 WHEN ${templateReports.publishedAt} IS NULL THEN 1 ELSE 2 END)`
} as const;

/** The office's templates, the default first, then oldest first, unless a column was chosen. */
export async function listReportTemplates(ctx: Context, sort: SortState | null = null): Promise<ReportTemplateRow[]> {
	authorize(ctx.actor, canWriteTemplateReports(ctx.actor));
	return ctx.db
		.select()
		.from(reportTemplates)
		.where(eq(reportTemplates.officeId, ctx.officeId))
		.orderBy(
			...orderOf(
				sort,
				REPORT_TEMPLATE_SORT_COLUMNS,
				[desc(reportTemplates.isDefault), asc(reportTemplates.createdAt)],
				[asc(reportTemplates.id)]
			)
		);
}

/** A template of the office, or null (also for an id that is not one). */
export async function findReportTemplate(
	db: Database,
	officeId: string,
	id: string
): Promise<ReportTemplateRow | null> {
	if (!ID.test(id)) return null;
	const [row] = await db
		.select()
		.from(reportTemplates)
		.where(and(eq(reportTemplates.officeId, officeId), eq(reportTemplates.id, id)));
	return row ?? null;
}

/** A template for staff, or not_found. */
export async function getReportTemplate(ctx: Context, id: string): Promise<ReportTemplateRow> {
	authorize(ctx.actor, canWriteTemplateReports(ctx.actor));
	const template = await findReportTemplate(ctx.db, ctx.officeId, id);
	if (!template) throw new AppError('not_found', 'error.404.text');
	return template;
}

/** Everything a section may show: the statistics blocks the modules declare (nothing is counted). */
export async function listIndicatorChoices(ctx: Context): Promise<IndicatorChoice[]> {
	authorize(ctx.actor, canWriteTemplateReports(ctx.actor));
	// The registry imports every manifest, this one included: a lazy import keeps the circle open.
	const { manifests } = await import('../registry.server.ts');
	const shapes = manifests.flatMap((manifest) => manifest.statisticsShape ?? []);
	return indicatorCatalogue([...shapes].sort((a, b) => a.order - b.order));
}

/** The reports made from templates, newest year first unless a column was chosen, each with its template's name. */
export async function listTemplateReports(ctx: Context, sort: SortState | null = null) {
	authorize(ctx.actor, canWriteTemplateReports(ctx.actor));
	return ctx.db
		.select({
			id: templateReports.id,
			year: templateReports.year,
			status: templateReports.status,
			publishedAt: templateReports.publishedAt,
			templateId: templateReports.templateId,
			name: reportTemplates.name,
			nameEn: reportTemplates.nameEn
		})
		.from(templateReports)
		.innerJoin(reportTemplates, eq(reportTemplates.id, templateReports.templateId))
		.where(eq(templateReports.officeId, ctx.officeId))
		.orderBy(
			...orderOf(
				sort,
				TEMPLATE_REPORT_SORT_COLUMNS,
				[desc(templateReports.year)],
				[sql`kzm_sort_key(${reportTemplates.name}) COLLATE "C"`, asc(templateReports.id)]
			)
		);
}

/** A report of the office, or null. */
export async function findTemplateReport(
	db: Database,
	officeId: string,
	id: string
): Promise<TemplateReportRow | null> {
	if (!ID.test(id)) return null;
	const [row] = await db
		.select()
		.from(templateReports)
		.where(and(eq(templateReports.officeId, officeId), eq(templateReports.id, id)));
	return row ?? null;
}

/** What the platform knows for a year: statistics with last year's, the self-assessment and the plan. */
export async function yearFacts(db: Database, officeId: string, year: number): Promise<YearFacts> {
	const [blocks, current, previous, plan] = await Promise.all([
		reportBlocks(db, officeId, year),
		readAssessment(db, officeId, year),
		readAssessment(db, officeId, year - 1),
		reportPlan(db, officeId, year)
	]);
	const standards: Record<string, AssessedStandard[]> = Object.fromEntries(
		current.areas.map((area) => [area.area, area.standards])
	);
	return {
		blocks,
		areas: current.hasFramework ? { summary: current.summary, previousSummary: previous.summary, standards } : null,
		plan
	};
}

/** A report as pages and documents read it. */
export interface TemplateReportView {
	id: string;
	templateId: string;
	year: number;
	name: string;
	nameEn: string;
	status: 'draft' | 'submitted';
	sections: ReportSection[];
	narratives: Record<string, string>;
	isFrozen: boolean;
	submittedAt: Date | null;
	/** When the frozen copy was published on the portal; null when it is not. */
	publishedAt: Date | null;
}

/** Reads a report without an actor check (callers check first): the frozen copy once submitted. */
export async function readTemplateReport(db: Database, officeId: string, id: string): Promise<TemplateReportView> {
	const report = await findTemplateReport(db, officeId, id);
	if (!report) throw new AppError('not_found', 'error.404.text');
	const base = { id: report.id, templateId: report.templateId, year: report.year, status: report.status };
	if (report.snapshot) {
		const snapshot = report.snapshot as unknown as TemplateReportSnapshot;
		return {
			...base,
			name: snapshot.name,
			nameEn: snapshot.nameEn,
			sections: snapshot.sections,
			narratives: snapshot.narratives,
			isFrozen: true,
			submittedAt: report.submittedAt,
			publishedAt: report.publishedAt
		};
	}
	const template = await findReportTemplate(db, officeId, report.templateId);
	if (!template) throw new AppError('not_found', 'error.404.text');
	return {
		...base,
		name: template.name,
		nameEn: template.nameEn,
		sections: fillSections(template.sections, await yearFacts(db, officeId, report.year)),
		narratives: report.narratives,
		isFrozen: false,
		submittedAt: null,
		publishedAt: null
	};
}

/** A report for staff: sections filled with the year's figures (or as frozen) and the narratives. */
export async function getTemplateReport(ctx: Context, id: string): Promise<TemplateReportView> {
	authorize(ctx.actor, canWriteTemplateReports(ctx.actor));
	return readTemplateReport(ctx.db, ctx.officeId, id);
}

/** Published reports made from templates for the portal, newest year first: names as frozen. */
export async function listPublishedTemplateReports(db: Database, officeId: string) {
	const rows = await db
		.select({
			id: templateReports.id,
			year: templateReports.year,
			snapshot: templateReports.snapshot,
			publishedAt: templateReports.publishedAt
		})
		.from(templateReports)
		.where(and(eq(templateReports.officeId, officeId), isNotNull(templateReports.publishedAt)))
		.orderBy(desc(templateReports.year), desc(templateReports.publishedAt), asc(templateReports.id));
	return rows.flatMap((row) => {
		const snapshot = row.snapshot as unknown as TemplateReportSnapshot | null;
		if (!snapshot || !row.publishedAt) return [];
		return [{ id: row.id, year: row.year, name: snapshot.name, nameEn: snapshot.nameEn, publishedAt: row.publishedAt }];
	});
}

/** A published report's frozen copy as the documents read it, or null (also for a draft or an unknown id). */
export async function getPublishedTemplateReport(
	db: Database,
	officeId: string,
	id: string
): Promise<TemplateReportView | null> {
	const report = await findTemplateReport(db, officeId, id);
	if (!report?.publishedAt || !report.snapshot) return null;
	return readTemplateReport(db, officeId, report.id);
}

/** The default template's definition with fresh copies of its sections (callers may change them). */
export function defaultTemplateDefinition() {
	return {
		...DEFAULT_REPORT_TEMPLATE,
		sections: DEFAULT_REPORT_TEMPLATE.sections.map((section) => ({ ...section, indicators: [...section.indicators] }))
	};
}
