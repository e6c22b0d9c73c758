// Downloads of the plan and its monitoring reports: the public gets adopted plans and submitted
// reports; staff can also take drafts from the back-office. The reader's locale picks the language
// and script of the file.
import { eq } from 'drizzle-orm';
import { authorize, type Context } from '../../../server/actor.ts';
import type { Database } from '../../../server/db/client.ts';
import { offices } from '../../../server/db/core-schema.ts';
import { AppError } from '../../../server/errors.ts';
import { isUuid } from '../../../server/ids.ts';
import { createI18n } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/locale.ts';
import { wallClock } from '../../../i18n/office-time.ts';
import { getEventById } from '../../events/queries.server.ts';
import { contentDisposition } from '../../documents/download.server.ts';
import type { MonitoringSnapshot } from '../commands/monitoring-report.server.ts';
import { canEditActionPlan } from '../permissions.server.ts';
import {
	getMonitoringReport,
	getPlanTree,
	getPublicPlanBySlug,
	getSubmittedMonitoringReport,
	type PlanTree
} from '../queries.server.ts';
import { EXPORT_MIME, type ExportDocument, type ExportFormat, type ExportLogo } from './model.ts';
import { buildPlanDocument, type ExportOffice } from './plan-document.server.ts';
import { buildReportDocument, type ExportReport } from './report-document.server.ts';
import { renderDocx } from './docx.server.ts';
import { renderPdf } from './pdf.server.ts';
import { renderXlsx } from './xlsx.server.ts';

export interface ExportedFile {
	body: Uint8Array;
	contentType: string;
	/** The file name with its extension, in the reader's script. */
	fileName: string;
}

/** The office's logo as PNG or JPEG with its size in pixels; null when there is none or it cannot be read. */
export async function exportLogo(bytes: Uint8Array | null, mime: string | null): Promise<ExportLogo | null> {
	if (!bytes || !mime) return null;
	try {
		const { default: sharp } = await import('sharp');
		const image = sharp(bytes);
		const { width, height, format } = await image.metadata();
		if (!width || !height) return null;
		if (format === 'jpeg') return { data: bytes, type: 'jpg', width, height };
		if (format === 'png') return { data: bytes, type: 'png', width, height };
		// SVG and WebP logos become a PNG of at most 400 px wide, sharp enough for print at that size.
		const png = await image
			.resize({ width: Math.min(400, width), withoutEnlargement: true })
			.png()
			.toBuffer({
				resolveWithObject: true
			});
		return { data: new Uint8Array(png.data), type: 'png', width: png.info.width, height: png.info.height };
	} catch {
		// A logo that cannot be read leaves the document without one rather than without a document.
		return null;
	}
}

export async function loadOffice(
	db: Database,
	officeId: string
): Promise<{ office: ExportOffice; keepLatin: string[] }> {
	const [row] = await db
		.select({ name: offices.name, keepLatin: offices.keepLatin, logo: offices.logo, logoMime: offices.logoMime })
		.from(offices)
		.where(eq(offices.id, officeId));
	if (!row) throw new AppError('not_found', 'error.404.text');
	return {
		office: { name: row.name, logo: await exportLogo(row.logo ? new Uint8Array(row.logo) : null, row.logoMime) },
		keepLatin: row.keepLatin
	};
}

/** Renders a document model in one of the formats. */
export async function renderExport(document: ExportDocument, format: ExportFormat): Promise<ExportedFile> {
	const body =
		format === 'pdf'
			? await renderPdf(document)
			: format === 'docx'
				? await renderDocx(document)
				: await renderXlsx(document);
	return { body, contentType: EXPORT_MIME[format], fileName: `${document.fileName}.${format}` };
}

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
