// The annual report as a document (PDF, DOCX, XLSX through the action plan's renderers): the office's
// name and logo, each section's numbers as tables and the coordinator's text, in the reader's script.
import { authorize, type Context } from '../../server/actor.ts';
import { recordAudit } from '../../server/audit.ts';
import type { Database } from '../../server/db/client.ts';
import { AppError } from '../../server/errors.ts';
import { createI18n, type I18n, type MessageKey } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { ExportBlock, ExportDocument, ExportFormat, ExportSheet, ExportTable } from '../../export/model.ts';
import { sheetName } from '../../export/model.ts';
import { loadOffice, renderExport, type ExportedFile } from '../../export/render.server.ts';
import { fileNameOf } from '../../export/render.server.ts';
import { canManageAnnualReport } from './permissions.server.ts';
import { getAnnualReport, getPublishedAnnualReport } from './annual.server.ts';
import { ANNUAL_SECTIONS, blocksOfSection } from './annual.ts';
import { labelText } from './labels.ts';
import type { ShownBlock } from './shown.ts';
import type { AnnualStandards } from './annual.ts';
import { standardsSummaryTable } from './standards-document.server.ts';
import type { AnnualPlanGoal } from '../../server/manifest.ts';
import { goalRows, goalTitle } from './annual-plan.ts';

/** A goal's table: measure, indicator, unit, the year's target and actual. */
function goalTable(i18n: I18n, goal: AnnualPlanGoal): ExportTable {
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

/** The tables of one statistics block: its figures with last year, then each breakdown. */
function blockTables(i18n: I18n, block: ShownBlock, year: number): { title: string; table: ExportTable }[] {
	const figures: ExportTable = {
		columns: [
			{ header: i18n.t('reports.statistics.figure'), kind: 'text', width: 40 },
			{ header: String(year), kind: 'number', width: 12 },
			{ header: String(year - 1), kind: 'number', width: 12 }
		],
		rows: block.figures.map((figure) => [
			i18n.t(figure.labelKey as MessageKey),
			figure.value ?? figure.text,
			figure.previousValue ?? figure.previousText
		])
	};
	return [
		{ title: i18n.t(block.titleKey as MessageKey), table: figures },
		...block.tables
			.filter((table) => table.rows.length > 0)
			.map((table) => ({
				title: i18n.t(table.titleKey as MessageKey),
				table: {
					columns: [
						{ header: i18n.t('reports.statistics.group'), kind: 'text' as const, width: 40 },
						{ header: i18n.t('reports.statistics.count'), kind: 'number' as const, width: 12 }
					],
					rows: [
						...table.rows.map((row) => [labelText(i18n, row.label), row.value ?? row.text]),
						...(table.total ? [[i18n.t('reports.statistics.total'), table.total.value ?? table.total.text]] : [])
					]
				}
			}))
	];
}

/** The document of a year's report from its numbers and text. */
export function buildAnnualDocument(
	i18n: I18n,
	input: {
		year: number;
		blocks: ShownBlock[];
		narratives: Record<string, string>;
		submittedAt: Date | null;
		standards?: AnnualStandards | null;
		plan?: AnnualPlanGoal[] | null;
		office: { name: string; logo: ExportDocument['office']['logo'] };
	}
): ExportDocument {
	const title = i18n.t('reports.annual.documentTitle', { year: String(input.year) });
	const blocks: ExportBlock[] = [
		{ kind: 'heading', level: 1, text: title },
		{ kind: 'paragraph', text: input.office.name, muted: true },
		{
			kind: 'facts',
			items: [
				{
					label: i18n.t('reports.annual.status'),
					value: input.submittedAt
						? i18n.t('reports.annual.submittedOn', { date: i18n.formatDate(input.submittedAt, { dateStyle: 'long' }) })
						: i18n.t('reports.annual.draft')
				}
			]
		}
	];
	const sheets: ExportSheet[] = [];
	// Sheet names must differ: a repeated one gets a number.
	const addSheet = (title: string, table: ExportTable) => {
		const base = sheetName(title).slice(0, 28);
		let name = base;
		for (let copy = 2; sheets.some((sheet) => sheet.name === name); copy++) name = `${base} ${copy}`;
		sheets.push({ name, table });
	};
	for (const section of ANNUAL_SECTIONS) {
		const heading = i18n.t(`reports.annual.section.${section.key}` as MessageKey);
		blocks.push({ kind: 'heading', level: 2, text: heading });
		const text = (input.narratives[section.key] ?? '').trim();
		for (const paragraph of text.split(/\n\s*\n/).filter((item) => item.trim() !== ''))
			blocks.push({ kind: 'paragraph', text: i18n.text(paragraph.trim()) });
		if (text === '') blocks.push({ kind: 'paragraph', text: i18n.t('reports.annual.noText'), muted: true });
		if (section.key === 'standards' && input.standards) {
			const table = standardsSummaryTable(i18n, input.standards.summary, input.standards.previousSummary, input.year);
			const tableTitle = i18n.t('reports.standards.summary');
			blocks.push({ kind: 'heading', level: 3, text: tableTitle }, { kind: 'table', table });
			sheets.push({ name: sheetName(tableTitle).slice(0, 28), table });
		}
		if (section.key === 'plan' && input.plan !== undefined) {
			if (!input.plan?.length)
				blocks.push({ kind: 'paragraph', text: i18n.t('reports.annual.plan.none'), muted: true });
			for (const goal of input.plan ?? []) {
				const table = goalTable(i18n, goal);
				const tableTitle = goalTitle(i18n, goal);
				blocks.push({ kind: 'heading', level: 3, text: tableTitle }, { kind: 'table', table });
				addSheet(tableTitle, table);
			}
		}
		for (const block of blocksOfSection(section, input.blocks)) {
			for (const { title: tableTitle, table } of blockTables(i18n, block, input.year)) {
				blocks.push({ kind: 'heading', level: 3, text: tableTitle }, { kind: 'table', table });
				addSheet(tableTitle, table);
			}
		}
	}
	return {
		locale: i18n.locale,
		title,
		office: input.office,
		blocks,
		sheets,
		fileName: fileNameOf(title),
		pageLabel: i18n.t('plan.export.page', { page: '{page}', pages: '{pages}' })
	};
}

async function annualFile(
	db: Database,
	officeId: string,
	input: {
		year: number;
		blocks: ShownBlock[];
		narratives: Record<string, string>;
		submittedAt: Date | null;
		standards?: AnnualStandards | null;
		plan?: AnnualPlanGoal[] | null;
	},
	options: { format: ExportFormat; locale: Locale }
): Promise<ExportedFile> {
	const { office, keepLatin } = await loadOffice(db, officeId);
	const i18n = createI18n(options.locale, keepLatin);
	const document = buildAnnualDocument(i18n, { ...input, office: { ...office, name: i18n.text(office.name) } });
	return renderExport(document, options.format);
}

/** The year's report for staff: the frozen copy once submitted, else a draft from today's numbers. Audited. */
export async function exportAnnualReportForStaff(
	ctx: Context,
	options: { year: number; format: ExportFormat; locale: Locale }
): Promise<ExportedFile> {
	authorize(ctx.actor, canManageAnnualReport(ctx.actor));
	const view = await getAnnualReport(ctx, options.year);
	const file = await annualFile(
		ctx.db,
		ctx.officeId,
		{
			year: options.year,
			blocks: view.blocks,
			narratives: view.narratives,
			submittedAt: view.isFrozen ? (view.report?.submittedAt ?? null) : null,
			standards: view.standards,
			plan: view.plan
		},
		options
	);
	await recordAudit(ctx.db, {
		officeId: ctx.officeId,
		actor: ctx.actor,
		action: 'reports.annual_exported',
		entityType: 'annual_report',
		entityId: view.report?.id ?? null,
		details: { year: options.year, format: options.format }
	});
	return file;
}

/** A published report's frozen copy as a file for anyone, or not_found. */
export async function exportPublishedAnnualReport(
	db: Database,
	officeId: string,
	options: { year: number; format: ExportFormat; locale: Locale }
): Promise<ExportedFile> {
	const snapshot = await getPublishedAnnualReport(db, officeId, options.year);
	if (!snapshot) throw new AppError('not_found', 'error.404.text');
	return annualFile(db, officeId, { ...snapshot, submittedAt: new Date(snapshot.submittedAt) }, options);
}
