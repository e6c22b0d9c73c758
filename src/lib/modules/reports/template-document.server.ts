// A report made from a template as a document (PDF, DOCX, XLSX through the action plan's renderers):
// each section's narrative, then its figures with last year's, its tables, its work-standard areas and
// its plan goals, in the reader's language and script. The frozen copy once submitted.
import { authorize, type Context } from '../../server/actor.ts';
import { recordAudit } from '../../server/audit.ts';
import { createI18n, type I18n, type MessageKey } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { Database } from '../../server/db/client.ts';
import { AppError } from '../../server/errors.ts';
import type { ExportDocument, ExportFormat, ExportTable } from '../../export/model.ts';
import { loadOffice, renderExport, type ExportedFile } from '../../export/render.server.ts';
import { canWriteTemplateReports } from './permissions.server.ts';
import { getPublishedTemplateReport, getTemplateReport, type TemplateReportView } from './templates.server.ts';
import type { ReportSection } from './templates.ts';
import { bilingualText } from './labels.ts';
import { standardsSummaryTable } from './standards-document.server.ts';
import { goalTitle } from './annual-plan.ts';
import { breakdownTable, figuresTable, goalTable, writeReportDocument } from './report-document.server.ts';

function ratingsTable(i18n: I18n, area: ReportSection['areas'][number]): ExportTable {
	return {
		columns: [
			{ header: i18n.t('reports.standards.indicator'), kind: 'text', width: 60 },
			{ header: i18n.t('reports.standards.rating'), kind: 'text', width: 16 }
		],
		rows: area.standards.flatMap((standard) =>
			standard.indicators.map((indicator) => [
				bilingualText(i18n, indicator),
				indicator.rating
					? i18n.t(`reports.standards.rating.${indicator.rating.rating}` as MessageKey)
					: i18n.t('reports.standards.unrated')
			])
		)
	};
}

/** The document of a report made from a template. */
export function buildTemplateDocument(
	i18n: I18n,
	view: Pick<TemplateReportView, 'year' | 'name' | 'nameEn' | 'sections' | 'narratives' | 'submittedAt'>,
	office: { name: string; logo: ExportDocument['office']['logo'] }
): ExportDocument {
	const title = i18n.t('reports.templates.documentTitle', {
		name: bilingualText(i18n, { text: view.name, textEn: view.nameEn }),
		year: String(view.year)
	});
	const document = writeReportDocument(i18n, { title, office, submittedAt: view.submittedAt });
	for (const section of view.sections) {
		const heading = bilingualText(i18n, { text: section.title, textEn: section.titleEn });
		document.section(heading, view.narratives[section.key] ?? '');
		if (section.areas.length) {
			document.table(
				i18n.t('reports.standards.summary'),
				standardsSummaryTable(
					i18n,
					section.areas.map((area) => area.summary),
					section.areas.flatMap((area) => (area.previous ? [area.previous] : [])),
					view.year
				)
			);
			for (const area of section.areas)
				if (area.standards.length)
					document.table(i18n.t(`reports.standards.area.${area.area}` as MessageKey), ratingsTable(i18n, area));
		}
		if (section.figures.length)
			document.table(
				i18n.t('reports.templates.figures', { title: heading }),
				figuresTable(i18n, section.figures, view.year)
			);
		for (const table of section.tables)
			document.table(i18n.t(table.titleKey as MessageKey), breakdownTable(i18n, table));
		if (section.kind === 'plan') {
			if (!section.plan?.length) document.note(i18n.t('reports.annual.plan.none'));
			for (const goal of section.plan ?? []) document.table(goalTitle(i18n, goal), goalTable(i18n, goal));
		}
	}
	return document.finish();
}

async function templateFile(
	db: Database,
	officeId: string,
	view: TemplateReportView,
	options: { format: ExportFormat; locale: Locale }
): Promise<ExportedFile> {
	const { office, keepLatin } = await loadOffice(db, officeId);
	const i18n = createI18n(options.locale, keepLatin);
	return renderExport(buildTemplateDocument(i18n, view, { ...office, name: i18n.text(office.name) }), options.format);
}

/** A report made from a template as a file for staff: the frozen copy once submitted. Audited. */
export async function exportTemplateReport(
	ctx: Context,
	options: { id: string; format: ExportFormat; locale: Locale }
): Promise<ExportedFile> {
	authorize(ctx.actor, canWriteTemplateReports(ctx.actor));
	const view = await getTemplateReport(ctx, options.id);
	const file = await templateFile(ctx.db, ctx.officeId, view, options);
	await recordAudit(ctx.db, {
		officeId: ctx.officeId,
		actor: ctx.actor,
		action: 'reports.template_report_exported',
		entityType: 'template_report',
		entityId: view.id,
		details: { year: view.year, format: options.format }
	});
	return file;
}

/** A published report's frozen copy as a file for anyone, or not_found. */
export async function exportPublishedTemplateReport(
	db: Database,
	officeId: string,
	options: { id: string; format: ExportFormat; locale: Locale }
): Promise<ExportedFile> {
	const view = await getPublishedTemplateReport(db, officeId, options.id);
	if (!view) throw new AppError('not_found', 'error.404.text');
	return templateFile(db, officeId, view, options);
}
