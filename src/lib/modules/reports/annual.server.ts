// Reading the annual report: a draft shows today's numbers, a submitted one its frozen copy.
import { and, asc, desc, eq, isNotNull } from 'drizzle-orm';
import { authorize, type Context } from '../../server/actor.ts';
import type { Database } from '../../server/db/client.ts';
import { AppError } from '../../server/errors.ts';
import { canManageAnnualReport } from './permissions.server.ts';
import { annualReports } from './schema.ts';
import { collectStatisticsOfPeriods } from './queries.server.ts';
import { showBlocks, type ShownBlock } from './shown.ts';
import { yearPeriod } from './period.ts';
import type { AnnualReportSnapshot, AnnualStandards } from './annual.ts';
import type { AnnualPlanGoal } from '../../server/manifest.ts';
import { standardsSummaryOfYear } from './standards.server.ts';

export type AnnualReportRow = typeof annualReports.$inferSelect;

export interface AnnualReportView {
	year: number;
	report: AnnualReportRow | null;
	blocks: ShownBlock[];
	narratives: Record<string, string>;
	/** The frozen copy's text, when submitted (edits after submitting do not change it). */
	isFrozen: boolean;
	/** The work-standards summary of the year, null when the office keeps no standards. */
	standards: AnnualStandards | null;
	/** The action plan's goals with measures and indicators of the year, null without a plan covering it. */
	plan: AnnualPlanGoal[] | null;
}

/** The goals, measures and indicators of the year from the action plan (manifest `annualPlan`); null without one. */
export async function reportPlan(db: Database, officeId: string, year: number): Promise<AnnualPlanGoal[] | null> {
	// The registry imports every manifest, this one included: a lazy import keeps the circle open.
	const { manifests } = await import('../registry.server.ts');
	for (const manifest of manifests) {
		const goals = await manifest.annualPlan?.(db, officeId, year);
		if (goals) return goals;
	}
	return null;
}

/** The office's statistics of a year as the report shows them (last year beside them). */
export async function reportBlocks(db: Database, officeId: string, year: number): Promise<ShownBlock[]> {
	const [current, previous] = await collectStatisticsOfPeriods(
		db,
		officeId,
		[yearPeriod(year), yearPeriod(year - 1)],
		null
	);
	return showBlocks(current, previous);
}

/** The report rows of the office, newest year first. */
export async function listAnnualReports(ctx: Context): Promise<AnnualReportRow[]> {
	authorize(ctx.actor, canManageAnnualReport(ctx.actor));
	return ctx.db
		.select()
		.from(annualReports)
		.where(eq(annualReports.officeId, ctx.officeId))
		.orderBy(desc(annualReports.year));
}

/** The row of a year, or null. */
export async function findAnnualReport(db: Database, officeId: string, year: number): Promise<AnnualReportRow | null> {
	const [row] = await db
		.select()
		.from(annualReports)
		.where(and(eq(annualReports.officeId, officeId), eq(annualReports.year, year)));
	return row ?? null;
}

/** The report of a year for staff: the frozen copy once submitted, else today's numbers and the draft text. */
export async function getAnnualReport(ctx: Context, year: number): Promise<AnnualReportView> {
	authorize(ctx.actor, canManageAnnualReport(ctx.actor));
	if (!Number.isInteger(year) || year < 2000 || year > 3000) throw new AppError('not_found', 'error.404.text');
	const report = await findAnnualReport(ctx.db, ctx.officeId, year);
	if (report?.snapshot) {
		const snapshot = report.snapshot as unknown as AnnualReportSnapshot;
		return {
			year,
			report,
			blocks: snapshot.blocks,
			narratives: snapshot.narratives,
			isFrozen: true,
			standards: snapshot.standards ?? null,
			plan: snapshot.plan ?? null
		};
	}
	// Each part once per request, side by side (the statistics of both years are most of the time).
	const [blocks, standards, plan] = await Promise.all([
		reportBlocks(ctx.db, ctx.officeId, year),
		standardsSummaryOfYear(ctx.db, ctx.officeId, year),
		reportPlan(ctx.db, ctx.officeId, year)
	]);
	return { year, report, blocks, narratives: report?.narratives ?? {}, isFrozen: false, standards, plan };
}

/** Published reports for the portal, newest first: only their frozen copies. */
export async function listPublishedAnnualReports(db: Database, officeId: string) {
	return db
		.select({ year: annualReports.year, publishedAt: annualReports.publishedAt })
		.from(annualReports)
		.where(and(eq(annualReports.officeId, officeId), isNotNull(annualReports.publishedAt)))
		.orderBy(desc(annualReports.year), asc(annualReports.id));
}

/** A published report's frozen copy, or null. */
export async function getPublishedAnnualReport(
	db: Database,
	officeId: string,
	year: number
): Promise<AnnualReportSnapshot | null> {
	if (!Number.isInteger(year)) return null;
	const report = await findAnnualReport(db, officeId, year);
	if (!report?.publishedAt || !report.snapshot) return null;
	return report.snapshot as unknown as AnnualReportSnapshot;
}
