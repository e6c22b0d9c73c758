// The annual report as a document (PDF, DOCX, XLSX through the action plan's renderers): the office's
// name and logo, each section's numbers as tables and the coordinator's text, in the reader's script.
import { authorize, type Context } from '../../server/actor.ts';
import { recordAudit } from '../../server/audit.ts';
import type { Database } from '../../server/db/client.ts';
import { AppError } from '../../server/errors.ts';
import { createI18n, type I18n, type MessageKey } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { ExportDocument, ExportFormat } from '../../export/model.ts';
import { loadOffice, renderExport, type ExportedFile } from '../../export/render.server.ts';
import { canManageAnnualReport } from './permissions.server.ts';
import { getAnnualReport, getPublishedAnnualReport } from './annual.server.ts';
import { ANNUAL_SECTIONS, blocksOfSection } from './annual.ts';
import type { ShownBlock } from './shown.ts';
import type { AnnualStandards } from './annual.ts';
import { standardsSummaryTable } from './standards-document.server.ts';
import type { AnnualPlanGoal } from '../../server/manifest.ts';
import { goalTitle } from './annual-plan.ts';
import { breakdownTable, figuresTable, goalTable, writeReportDocument } from './report-document.server.ts';

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
	const document = writeReportDocument(i18n, { title, office: input.office, submittedAt: input.submittedAt });
	for (const section of ANNUAL_SECTIONS) {
		document.section(
			i18n.t(`reports.annual.section.${section.key}` as MessageKey),
			input.narratives[section.key] ?? ''
		);
		if (section.key === 'standards' && input.standards)
			document.table(
				i18n.t('reports.standards.summary'),
				standardsSummaryTable(i18n, input.standards.summary, input.standards.previousSummary, input.year)
			);
		if (section.key === 'plan' && input.plan !== undefined) {
			if (!input.plan?.length) document.note(i18n.t('reports.annual.plan.none'));
			for (const goal of input.plan ?? []) document.table(goalTitle(i18n, goal), goalTable(i18n, goal));
		}
		for (const block of blocksOfSection(section, input.blocks)) {
			document.table(i18n.t(block.titleKey as MessageKey), figuresTable(i18n, block.figures, input.year));
			for (const table of block.tables)
				if (table.rows.length > 0) document.table(i18n.t(table.titleKey as MessageKey), breakdownTable(i18n, table));
		}
	}
	return document.finish();
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
