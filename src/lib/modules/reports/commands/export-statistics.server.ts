// The office's statistics as CSV or XLSX: the same figures and tables the page shows, with the same
// "<5" rule, written by the export kernel's report writer. Every download is audited.
import type { Context } from '../../../server/actor.ts';
import { recordAudit } from '../../../server/audit.ts';
import { createI18n, type MessageKey } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/locale.ts';
import { writeReport, type ReportFile, type ReportTable } from '../../../export/report-tables.server.ts';
import type { ExportFormat } from '../../attendance/commands/export-participants.server.ts';
import { getOfficeStatistics, type OfficeStatisticsFilter } from '../queries.server.ts';
import { labelText, periodText } from '../labels.ts';

/** The statistics of a period (and programme) as a file, one table after another. Audited. */
export async function exportOfficeStatistics(
	ctx: Context,
	options: { filter: OfficeStatisticsFilter; format: ExportFormat; locale: Locale }
): Promise<ReportFile> {
	const statistics = await getOfficeStatistics(ctx, options.filter);
	const i18n = createI18n(options.locale);
	const { period } = statistics.filter;
	const programme = statistics.programmeOptions.find((item) => item.id === statistics.filter.programmeId);
	const area = statistics.planAreaOptions.find((item) => item.id === statistics.filter.planAreaId);
	const tables: ReportTable[] = [
		{
			heading: i18n.t('reports.statistics.period'),
			header: [],
			rows: [
				[i18n.t('reports.statistics.period'), periodText(i18n, period)],
				[i18n.t('reports.statistics.comparedWith'), periodText(i18n, statistics.previousPeriod)],
				...(programme
					? [
							[
								i18n.t('reports.statistics.programme'),
								i18n.locale === 'en' && programme.nameEn ? programme.nameEn : i18n.text(programme.name)
							]
						]
					: []),
				...(statistics.filter.planAreaId
					? [
							[
								i18n.t('reports.statistics.planArea'),
								area ? (i18n.locale === 'en' && area.nameEn ? area.nameEn : i18n.text(area.name)) : ''
							]
						]
					: [])
			]
		}
	];
	for (const block of statistics.blocks) {
		tables.push({
			heading: i18n.t(block.titleKey as MessageKey),
			header: [
				i18n.t('reports.statistics.figure'),
				periodText(i18n, period),
				periodText(i18n, statistics.previousPeriod)
			],
			rows: [
				...block.figures.map((figure) => [
					i18n.t(figure.labelKey as MessageKey),
					figure.text,
					figure.previousText ?? ''
				]),
				// A block the area filter cannot narrow says so, rather than pass for the area's figures.
				...(statistics.filter.planAreaId && !block.areaFiltered
					? [[i18n.t('reports.statistics.wholeOfficeArea'), '', '']]
					: [])
			]
		});
		for (const table of block.tables) {
			tables.push({
				heading: i18n.t(table.titleKey as MessageKey),
				header: [i18n.t('reports.statistics.group'), i18n.t('reports.statistics.count')],
				rows: [
					...table.rows.map((row) => [labelText(i18n, row.label), row.text]),
					...(table.total ? [[i18n.t('reports.statistics.total'), table.total.text]] : [])
				]
			});
		}
	}
	await recordAudit(ctx.db, {
		officeId: ctx.officeId,
		actor: ctx.actor,
		action: 'reports.statistics_exported',
		entityType: 'statistics',
		details: {
			format: options.format,
			from: period.fromDay,
			to: period.lastDay,
			programmeId: statistics.filter.programmeId,
			planAreaId: statistics.filter.planAreaId ?? null
		}
	});
	return writeReport(
		i18n.t('reports.statistics.title'),
		tables,
		options.format,
		`office-statistics-${period.fromDay}-${period.lastDay}`
	);
}
