// Statistics and event results as a spreadsheet: the same tables the pages show, with the same
// "<5" rule (the numbers come from the same queries), one after another under their headings.
import { recordAudit } from '../../../server/audit.ts';
import type { Context } from '../../../server/actor.ts';
import { createI18n, type I18n, type MessageKey } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/locale.ts';
import { getEventResults, getStatisticsReport, type StatisticsLine } from '../queries.server.ts';
import { HEADCOUNT_GENDERS, type DisplayedStatistics } from '../statistics.ts';
import type { AttendanceSettings } from '../settings.server.ts';
import { bandLabel, localizedTitle } from '../display.ts';
import type { ExportFormat } from './export-participants.server.ts';
import { writeReport, type ReportFile, type ReportTable } from '../../../export/report-tables.server.ts';

const rateText = (i18n: I18n, rate: number | null) =>
	rate === null ? i18n.t('attendance.results.noRate') : i18n.t('attendance.results.rateValue', { rate });

/** The band × gender table with totals, as the pages' BreakdownTable shows it. */
function breakdownTable(i18n: I18n, statistics: DisplayedStatistics, settings: AttendanceSettings): ReportTable {
	const genders = HEADCOUNT_GENDERS.map((gender) => i18n.t(`attendance.gender.${gender}` as MessageKey));
	return {
		heading: i18n.t('attendance.results.breakdown'),
		header: [i18n.t('attendance.headcount.band'), ...genders, i18n.t('attendance.results.total')],
		rows: [
			...statistics.byBandAndGender.map((row) => [
				bandLabel(i18n, row.band, settings.ageBands),
				...HEADCOUNT_GENDERS.map((gender) => row.cells[gender]),
				row.total
			]),
			[
				i18n.t('attendance.results.total'),
				...HEADCOUNT_GENDERS.map((gender) => statistics.genderTotals[gender]),
				statistics.participants
			]
		]
	};
}

function vulnerableTable(i18n: I18n, statistics: DisplayedStatistics, settings: AttendanceSettings): ReportTable[] {
	if (settings.vulnerableGroups.length === 0) return [];
	return [
		{
			heading: i18n.t('attendance.statistics.vulnerable'),
			header: [],
			rows: settings.vulnerableGroups.map((group) => [
				localizedTitle(i18n, group.label, group.labelEn),
				statistics.vulnerable[group.key] ?? '0'
			])
		}
	];
}

function linesTable(i18n: I18n, lines: StatisticsLine[], kind: 'event' | 'programme'): ReportTable {
	return {
		heading: i18n.t(kind === 'event' ? 'attendance.statistics.byEvent' : 'attendance.statistics.byProgramme'),
		header: [
			i18n.t(kind === 'event' ? 'attendance.statistics.eventColumn' : 'attendance.statistics.programmeColumn'),
			...(kind === 'event' ? [i18n.t('attendance.statistics.date')] : []),
			i18n.t('attendance.results.registered'),
			i18n.t('attendance.results.attended'),
			i18n.t('attendance.results.rate'),
			i18n.t('attendance.results.walkIns'),
			i18n.t('attendance.results.headcount'),
			i18n.t('attendance.results.total')
		],
		rows: lines.map((line) => [
			localizedTitle(i18n, line.title, line.titleEn),
			...(kind === 'event' ? [line.startsAt ? i18n.formatDate(line.startsAt, { dateStyle: 'medium' }) : ''] : []),
			line.registered,
			line.attended,
			rateText(i18n, line.attendanceRate),
			line.walkIns,
			line.headcount,
			line.participants
		])
	};
}

/**
 * The statistics page for a period, programme or event as CSV or XLSX: totals, the breakdown by age
 * and gender, vulnerable groups, and the lines per event and programme. Audited.
 */
export async function exportStatistics(
	ctx: Context,
	options: { filter: Parameters<typeof getStatisticsReport>[1]; format: ExportFormat; locale: Locale }
): Promise<ReportFile> {
	const report = await getStatisticsReport(ctx, options.filter);
	const i18n = createI18n(options.locale);
	const overall = report.overall;
	const tables: ReportTable[] = [
		{
			heading: i18n.t('attendance.statistics.overall'),
			header: [],
			rows: [
				[i18n.t('attendance.statistics.from'), report.filter.from],
				[i18n.t('attendance.statistics.to'), report.filter.to],
				[i18n.t('attendance.results.registered'), overall.registered],
				[i18n.t('attendance.results.attended'), overall.attendedRegistered],
				[i18n.t('attendance.results.rate'), rateText(i18n, overall.attendanceRate)],
				[i18n.t('attendance.results.walkIns'), overall.walkIns],
				[i18n.t('attendance.results.headcount'), overall.headcount],
				[i18n.t('attendance.statistics.unique'), overall.uniquePeople],
				[i18n.t('attendance.statistics.participants'), overall.participants]
			]
		},
		breakdownTable(i18n, overall, report.settings),
		...vulnerableTable(i18n, overall, report.settings),
		linesTable(i18n, report.events, 'event'),
		...(report.programmes.length ? [linesTable(i18n, report.programmes, 'programme')] : [])
	];
	await recordAudit(ctx.db, {
		officeId: ctx.officeId,
		actor: ctx.actor,
		action: 'attendance.statistics_exported',
		entityType: 'statistics',
		details: { format: options.format, filter: { ...report.filter } }
	});
	return writeReport(
		i18n.t('attendance.statistics.title'),
		tables,
		options.format,
		`statistics-${report.filter.from}-${report.filter.to}`
	);
}

/** An event's results page as CSV or XLSX: summary, attendance per session, breakdown and feedback counts. Audited. */
export async function exportEventResults(
	ctx: Context,
	options: { eventId: string; format: ExportFormat; locale: Locale }
): Promise<ReportFile> {
	const results = await getEventResults(ctx, options.eventId);
	const figures = results.figures;
	const i18n = createI18n(options.locale);
	const title = localizedTitle(i18n, results.event.title, results.event.titleEn);
	const tables: ReportTable[] = [
		{
			heading: i18n.t('attendance.results.summary'),
			header: [],
			rows: [
				[i18n.t('attendance.results.registered'), String(figures.confirmed)],
				[i18n.t('attendance.results.attended'), String(figures.attended)],
				[i18n.t('attendance.results.rate'), rateText(i18n, figures.attendanceRate)],
				[i18n.t('attendance.results.walkIns'), String(figures.walkIns)],
				[i18n.t('attendance.results.headcount'), String(figures.headcount)],
				[i18n.t('attendance.statistics.participants'), String(figures.participants)]
			]
		},
		{
			// The same columns as the results page's per-session table (one definition: figures.ts).
			heading: i18n.t('attendance.results.sessions'),
			header: [
				i18n.t('attendance.results.sessionWhen'),
				i18n.t('attendance.results.attended'),
				i18n.t('attendance.results.rate'),
				i18n.t('attendance.results.walkIns'),
				i18n.t('attendance.results.headcount'),
				i18n.t('attendance.statistics.participants')
			],
			rows: results.sessions.map((session, index) => {
				const counted = figures.sessions[index];
				return [
					[
						i18n.formatDate(session.startsAt, { dateStyle: 'medium', timeStyle: 'short' }),
						localizedTitle(i18n, session.title, session.titleEn)
					]
						.filter(Boolean)
						.join(' · '),
					String(counted?.attended ?? 0),
					rateText(i18n, counted?.attendanceRate ?? null),
					String(counted?.walkIns ?? 0),
					String(counted?.headcount ?? 0),
					String(counted?.participants ?? 0)
				];
			})
		},
		breakdownTable(i18n, results.statistics, results.settings),
		...vulnerableTable(i18n, results.statistics, results.settings),
		{
			heading: i18n.t('attendance.results.feedback'),
			header: [i18n.t('attendance.results.rating'), i18n.t('attendance.results.ratingCount')],
			rows: results.feedback.distribution.map((count, index) => [String(index + 1), String(count)])
		}
	];
	await recordAudit(ctx.db, {
		officeId: ctx.officeId,
		actor: ctx.actor,
		action: 'attendance.results_exported',
		entityType: 'event',
		entityId: results.event.id,
		details: { format: options.format }
	});
	return writeReport(
		i18n.t('attendance.results.title', { event: title }),
		tables,
		options.format,
		`results-${results.event.id.slice(0, 8)}`
	);
}
