// The document kernel of a report with sections (the annual report and the reports made from templates):
// the head (title, office, status), each section's heading and narrative, and its tables, each also a
// sheet of the XLSX under a name no other sheet has. The builders only say which tables a section shows.
import type { I18n, MessageKey } from '../../i18n/index.ts';
import type { ExportBlock, ExportDocument, ExportSheet, ExportTable } from '../../export/model.ts';
import { sheetName } from '../../export/model.ts';
import { fileNameOf } from '../../export/render.server.ts';
import type { AnnualPlanGoal } from '../../server/manifest.ts';
import { goalRows } from './annual-plan.ts';
import { labelText } from './labels.ts';
import type { ShownFigure, ShownTable } from './shown.ts';

/** A document being written section by section. */
export interface ReportDocumentWriter {
	/** A section's heading, then its narrative's paragraphs (or "no text yet"). */
	section(heading: string, narrative: string): void;
	/** A table under its heading, also added as a sheet. */
	table(heading: string, table: ExportTable): void;
	/** A muted note (nothing to show). */
	note(text: string): void;
	/** The finished document. */
	finish(): ExportDocument;
}

/** Starts a report's document: its title, the office and whether it is submitted (and when). */
export function writeReportDocument(
	i18n: I18n,
	head: { title: string; office: ExportDocument['office']; submittedAt: Date | null }
): ReportDocumentWriter {
	const blocks: ExportBlock[] = [
		{ kind: 'heading', level: 1, text: head.title },
		{ kind: 'paragraph', text: head.office.name, muted: true },
		{
			kind: 'facts',
			items: [
				{
					label: i18n.t('reports.annual.status'),
					value: head.submittedAt
						? i18n.t('reports.annual.submittedOn', { date: i18n.formatDate(head.submittedAt, { dateStyle: 'long' }) })
						: i18n.t('reports.annual.draft')
				}
			]
		}
	];
	const sheets: ExportSheet[] = [];
	return {
		section(heading, narrative) {
			blocks.push({ kind: 'heading', level: 2, text: heading });
			const text = narrative.trim();
			for (const paragraph of text.split(/\n\s*\n/).filter((item) => item.trim() !== ''))
				blocks.push({ kind: 'paragraph', text: i18n.text(paragraph.trim()) });
			if (text === '') blocks.push({ kind: 'paragraph', text: i18n.t('reports.annual.noText'), muted: true });
		},
		table(heading, table) {
			blocks.push({ kind: 'heading', level: 3, text: heading }, { kind: 'table', table });
			// Sheet names must differ: a repeated one gets a number.
			const base = sheetName(heading).slice(0, 28);
			let name = base;
			for (let copy = 2; sheets.some((sheet) => sheet.name === name); copy++) name = `${base} ${copy}`;
			sheets.push({ name, table });
		},
		note(text) {
			blocks.push({ kind: 'paragraph', text, muted: true });
		},
		finish() {
			return {
				locale: i18n.locale,
				title: head.title,
				office: head.office,
				blocks,
				sheets,
				fileName: fileNameOf(head.title),
				pageLabel: i18n.t('plan.export.page', { page: '{page}', pages: '{pages}' })
			};
		}
	};
}

/** Figures beside last year's: figure, the year, the year before. */
export function figuresTable(
	i18n: I18n,
	figures: readonly Pick<ShownFigure, 'labelKey' | 'text' | 'value' | 'previousText' | 'previousValue'>[],
	year: number
): ExportTable {
	return {
		columns: [
			{ header: i18n.t('reports.statistics.figure'), kind: 'text', width: 40 },
			{ header: String(year), kind: 'number', width: 12 },
			{ header: String(year - 1), kind: 'number', width: 12 }
		],
		rows: figures.map((figure) => [
			i18n.t(figure.labelKey as MessageKey),
			figure.value ?? figure.text,
			figure.previousValue ?? figure.previousText
		])
	};
}

/** A breakdown (group, count) with its total, as the statistics show it. */
export function breakdownTable(i18n: I18n, table: ShownTable): ExportTable {
	return {
		columns: [
			{ header: i18n.t('reports.statistics.group'), kind: 'text', width: 40 },
			{ header: i18n.t('reports.statistics.count'), kind: 'number', width: 12 }
		],
		rows: [
			...table.rows.map((row) => [labelText(i18n, row.label), row.value ?? row.text]),
			...(table.total ? [[i18n.t('reports.statistics.total'), table.total.value ?? table.total.text]] : [])
		]
	};
}

/** An action-plan goal's table: measure, indicator, unit, the year's target and actual. */
export function goalTable(i18n: I18n, goal: AnnualPlanGoal): ExportTable {
	return {
		columns: [
			{ header: i18n.t('reports.annual.plan.measure'), kind: 'text', width: 32 },
			{ header: i18n.t('reports.annual.plan.indicator'), kind: 'text', width: 36 },
			{ header: i18n.t('reports.annual.plan.unit'), kind: 'text', width: 12 },
			{ header: i18n.t('reports.annual.plan.target'), kind: 'number', width: 12 },
			{ header: i18n.t('reports.annual.plan.actual'), kind: 'number', width: 12 }
		],
		rows: goalRows(i18n, goal).map((row) => [row.measure, row.indicator, row.unit, row.target, row.actual])
	};
}
