// A report made from a template as a document (PDF, DOCX, XLSX through the action plan's renderers):
// each section's narrative, then its figures with last year's, its tables, its work-standard areas and
// its plan goals, in the reader's language and script. The frozen copy once submitted.
import { authorize, type Context } from '../../server/actor.ts';
import { recordAudit } from '../../server/audit.ts';
import { createI18n, type I18n, type MessageKey } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { ExportBlock, ExportDocument, ExportFormat, ExportSheet, ExportTable } from '../../export/model.ts';
import { sheetName } from '../../export/model.ts';
import { loadOffice, renderExport, type ExportedFile } from '../../export/render.server.ts';
import { fileNameOf } from '../../export/render.server.ts';
import { canWriteTemplateReports } from './permissions.server.ts';
import { getTemplateReport, type TemplateReportView } from './templates.server.ts';
import type { ReportSection } from './templates.ts';
import { bilingualText, labelText } from './labels.ts';
import { standardsSummaryTable } from './standards-document.server.ts';
import { goalRows, goalTitle } from './annual-plan.ts';

function figuresTable(i18n: I18n, section: ReportSection, year: number): ExportTable {
	return {
		columns: [
			{ header: i18n.t('reports.statistics.figure'), kind: 'text', width: 40 },
			{ header: String(year), kind: 'number', width: 12 },
			{ header: String(year - 1), kind: 'number', width: 12 }
		],
		rows: section.figures.map((figure) => [
			i18n.t(figure.labelKey as MessageKey),
			figure.value ?? figure.text,
			figure.previousValue ?? figure.previousText
		])
	};
}

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
	const blocks: ExportBlock[] = [
		{ kind: 'heading', level: 1, text: title },
		{ kind: 'paragraph', text: office.name, muted: true },
		{
			kind: 'facts',
			items: [
				{
					label: i18n.t('reports.annual.status'),
					value: view.submittedAt
						? i18n.t('reports.annual.submittedOn', { date: i18n.formatDate(view.submittedAt, { dateStyle: 'long' }) })
						: i18n.t('reports.annual.draft')
				}
			]
		}
	];
	const sheets: ExportSheet[] = [];
	const add = (heading: string, table: ExportTable) => {
		blocks.push({ kind: 'heading', level: 3, text: heading }, { kind: 'table', table });
		const base = sheetName(heading).slice(0, 28);
		let name = base;
		for (let copy = 2; sheets.some((sheet) => sheet.name === name); copy++) name = `${base} ${copy}`;
		sheets.push({ name, table });
	};
	for (const section of view.sections) {
		const heading = bilingualText(i18n, { text: section.title, textEn: section.titleEn });
		blocks.push({ kind: 'heading', level: 2, text: heading });
		const text = (view.narratives[section.key] ?? '').trim();
		for (const paragraph of text.split(/\n\s*\n/).filter((item) => item.trim() !== ''))
			blocks.push({ kind: 'paragraph', text: i18n.text(paragraph.trim()) });
		if (text === '') blocks.push({ kind: 'paragraph', text: i18n.t('reports.annual.noText'), muted: true });
		if (section.areas.length) {
			add(
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
					add(i18n.t(`reports.standards.area.${area.area}` as MessageKey), ratingsTable(i18n, area));
		}
		if (section.figures.length)
			add(i18n.t('reports.templates.figures', { title: heading }), figuresTable(i18n, section, view.year));
		for (const table of section.tables)
			add(i18n.t(table.titleKey as MessageKey), {
				columns: [
					{ header: i18n.t('reports.statistics.group'), kind: 'text', width: 40 },
					{ header: i18n.t('reports.statistics.count'), kind: 'number', width: 12 }
				],
				rows: [
					...table.rows.map((row) => [labelText(i18n, row.label), row.value ?? row.text]),
					...(table.total ? [[i18n.t('reports.statistics.total'), table.total.value ?? table.total.text]] : [])
				]
			});
		if (section.kind === 'plan') {
			if (!section.plan?.length)
				blocks.push({ kind: 'paragraph', text: i18n.t('reports.annual.plan.none'), muted: true });
			for (const goal of section.plan ?? [])
				add(goalTitle(i18n, goal), {
					columns: [
						{ header: i18n.t('reports.annual.plan.measure'), kind: 'text', width: 32 },
						{ header: i18n.t('reports.annual.plan.indicator'), kind: 'text', width: 36 },
						{ header: i18n.t('reports.annual.plan.unit'), kind: 'text', width: 12 },
						{ header: i18n.t('reports.annual.plan.target'), kind: 'number', width: 12 },
						{ header: i18n.t('reports.annual.plan.actual'), kind: 'number', width: 12 }
					],
					rows: goalRows(i18n, goal).map((row) => [row.measure, row.indicator, row.unit, row.target, row.actual])
				});
		}
	}
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

/** A report made from a template as a file for staff: the frozen copy once submitted. Audited. */
export async function exportTemplateReport(
	ctx: Context,
	options: { id: string; format: ExportFormat; locale: Locale }
): Promise<ExportedFile> {
	authorize(ctx.actor, canWriteTemplateReports(ctx.actor));
	const view = await getTemplateReport(ctx, options.id);
	const { office, keepLatin } = await loadOffice(ctx.db, ctx.officeId);
	const i18n = createI18n(options.locale, keepLatin);
	const document = buildTemplateDocument(i18n, view, { ...office, name: i18n.text(office.name) });
	const file = await renderExport(document, options.format);
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
