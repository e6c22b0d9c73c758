// Downloads of the plan and its monitoring reports: the public gets adopted plans and submitted
// reports; staff can also take drafts from the back-office. The reader's locale picks the language
// and script of the file.
import { authorize, type Context } from '../../../server/actor.ts';
import type { Database } from '../../../server/db/client.ts';
import { AppError } from '../../../server/errors.ts';
import { isUuid } from '../../../server/ids.ts';
import { createI18n } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/locale.ts';
import { wallClock } from '../../../i18n/office-time.ts';
import { getEventById } from '../../events/queries.server.ts';
import { contentDisposition } from '../../../server/file-type.ts';
import type { MonitoringSnapshot } from '../commands/monitoring-report.server.ts';
import { canEditActionPlan } from '../permissions.server.ts';
import {
	getMonitoringReport,
	getPlanTree,
	getPublicPlanBySlug,
	getSubmittedMonitoringReport,
	type PlanTree
} from '../queries.server.ts';
import type { ExportFormat } from '../../../export/model.ts';
import { loadOffice, renderExport, type ExportedFile } from '../../../export/render.server.ts';
import { buildPlanDocument } from './plan-document.server.ts';
import { buildReportDocument, type ExportReport } from './report-document.server.ts';

async function planFile(
	db: Database,
	officeId: string,
	tree: PlanTree,
	options: { format: ExportFormat; locale: Locale }
): Promise<ExportedFile> {
	const { office, keepLatin } = await loadOffice(db, officeId);
	const i18n = createI18n(options.locale, keepLatin);
	const document = buildPlanDocument(i18n, {
		tree,
		office: { ...office, name: i18n.text(office.name) },
		asOf: new Date()
	});
	return renderExport(document, options.format);
}

async function reportFile(
	db: Database,
	officeId: string,
	input: { plan: PlanTree['plan']; report: ExportReport; snapshot: MonitoringSnapshot },
	options: { format: ExportFormat; locale: Locale }
): Promise<ExportedFile> {
	const { office, keepLatin } = await loadOffice(db, officeId);
	const i18n = createI18n(options.locale, keepLatin);
	const document = buildReportDocument(i18n, { ...input, office: { ...office, name: i18n.text(office.name) } });
	return renderExport(document, options.format);
}

/** A public plan as a file, or null when there is no public plan at that address. */
export async function exportPublicPlan(
	db: Database,
	officeId: string,
	options: { slug: string; format: ExportFormat; locale: Locale }
): Promise<ExportedFile | null> {
	const tree = await getPublicPlanBySlug(db, officeId, options.slug);
	if (!tree) return null;
	return planFile(db, officeId, tree, options);
}

/** A submitted report of a public plan as a file; null for drafts, other years and non-public plans. */
export async function exportPublicReport(
	db: Database,
	officeId: string,
	options: { slug: string; year: number; format: ExportFormat; locale: Locale }
): Promise<ExportedFile | null> {
	const tree = await getPublicPlanBySlug(db, officeId, options.slug);
	if (!tree) return null;
	const report = await getSubmittedMonitoringReport(db, officeId, tree.plan.id, options.year);
	if (!report?.snapshot) return null;
	const snapshot = report.snapshot as unknown as MonitoringSnapshot;
	// The plan's title and decision as they were when the report was submitted.
	return reportFile(db, officeId, { plan: snapshot.tree.plan, report, snapshot }, options);
}

/** Any plan of the office, drafts included, as a file for staff. */
export async function exportPlanForStaff(
	ctx: Context,
	options: { planId: string; format: ExportFormat; locale: Locale }
): Promise<ExportedFile> {
	authorize(ctx.actor, canEditActionPlan(ctx.actor));
	const tree = isUuid(options.planId) ? await getPlanTree(ctx.db, ctx.officeId, options.planId) : null;
	if (!tree) throw new AppError('not_found', 'error.404.text');
	return planFile(ctx.db, ctx.officeId, tree, options);
}

/**
 * What a draft report would freeze if it were submitted now: the plan as it stands, the entries so
 * far and the events of the year linked to the plan (the same selection submitting makes).
 */
export async function draftReportSnapshot(
	db: Database,
	officeId: string,
	report: { planId: string; year: number; entries: MonitoringSnapshot['entries'] }
): Promise<MonitoringSnapshot | null> {
	const tree = await getPlanTree(db, officeId, report.planId);
	if (!tree) return null;
	const eventIds = [
		...new Set(
			tree.areas.flatMap((area) => area.goals.flatMap((goal) => goal.measures.flatMap((measure) => measure.eventIds)))
		)
	];
	const events = (await Promise.all(eventIds.map((id) => getEventById(db, officeId, id))))
		.filter((event) => event !== null)
		.filter((event) => wallClock(event.startsAt).year === report.year)
		.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
		.map((event) => ({
			id: event.id,
			title: event.title,
			titleEn: event.titleEn,
			slug: event.slug,
			startsAt: event.startsAt.toISOString()
		}));
	return { year: report.year, tree, entries: report.entries, events };
}

/** A monitoring report of a plan, a draft too, as a file for staff. */
export async function exportReportForStaff(
	ctx: Context,
	options: { planId: string; reportId: string; format: ExportFormat; locale: Locale }
): Promise<ExportedFile> {
	authorize(ctx.actor, canEditActionPlan(ctx.actor));
	const report = isUuid(options.reportId) ? await getMonitoringReport(ctx.db, ctx.officeId, options.reportId) : null;
	if (!report || report.planId !== options.planId) throw new AppError('not_found', 'error.404.text');
	const snapshot =
		report.status === 'submitted' && report.snapshot
			? (report.snapshot as unknown as MonitoringSnapshot)
			: await draftReportSnapshot(ctx.db, ctx.officeId, report);
	if (!snapshot) throw new AppError('not_found', 'error.404.text');
	return reportFile(ctx.db, ctx.officeId, { plan: snapshot.tree.plan, report, snapshot }, options);
}

/** Response headers for a download; public files may be cached briefly, staff files never. */
export function exportHeaders(file: ExportedFile, options: { isPublic: boolean }): Record<string, string> {
	const format = file.fileName.slice(file.fileName.lastIndexOf('.') + 1) as ExportFormat;
	return {
		'content-type': file.contentType,
		'content-length': String(file.body.byteLength),
		'content-disposition': contentDisposition(file.fileName, format),
		'cache-control': options.isPublic ? 'public, max-age=300' : 'private, no-store',
		'content-security-policy': "default-src 'none'; sandbox"
	};
}
