// The year's volunteering statistics as CSV or XLSX: the page's tables, small groups shown as "<5", written by
// the export kernel's report writer (the same one as the office and event statistics). Every download is audited.
import type { Context } from '../../../server/actor.ts';
import { createI18n, type MessageKey } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/locale.ts';
import {
	writeReport,
	type ReportFile,
	type ReportFormat,
	type ReportTable
} from '../../../export/report-tables.server.ts';
import { getVolunteeringStatistics } from '../queries.server.ts';
import type { GroupLine } from '../statistics.ts';

/** The statistics of a year as a file: the totals, then one table per breakdown. Audited with its format. */
export async function exportVolunteeringStatistics(
	ctx: Context,
	options: { year: number; format: ReportFormat; locale: Locale; keepLatin: readonly string[] }
): Promise<ReportFile> {
	const statistics = await getVolunteeringStatistics(ctx, options.year, { exportFormat: options.format });
	const i18n = createI18n(options.locale, [...options.keepLatin]);
	const t = i18n.t;
	const hidden = (value: number | null) => (value === null ? '<5' : String(value));
	const table = (heading: MessageKey, groups: GroupLine[], label: (key: string) => string): ReportTable => ({
		heading: t(heading),
		header: [t('volunteering.stats.group'), t('volunteering.stats.volunteers'), t('volunteering.stats.hours')],
		rows: groups.map((line) => [label(line.key), hidden(line.volunteers), hidden(line.hours)])
	});
	const tables: ReportTable[] = [
		{
			heading: t('volunteering.stats.total'),
			header: [t('volunteering.stats.breakdown'), t('volunteering.stats.volunteers'), t('volunteering.stats.hours')],
			rows: [
				[String(statistics.year), String(statistics.volunteers), String(statistics.hours)],
				[t('volunteering.stats.newVolunteers'), String(statistics.newVolunteers), '']
			]
		},
		table('volunteering.stats.byGender', statistics.byGender, (key) =>
			t(`volunteering.stats.gender.${key as 'female'}`)
		),
		table('volunteering.stats.byAge', statistics.byAgeBand, (key) =>
			key === 'unknown' ? t('volunteering.stats.gender.unknown') : key
		),
		table('volunteering.stats.byOrganiser', statistics.byOrganiser, (key) =>
			key ? i18n.text(key) : t('volunteering.public.office')
		),
		table('volunteering.stats.byCategory', statistics.byCategory, (key) => t(`volunteering.category.${key as 'other'}`))
	];
	return writeReport(
		`${t('volunteering.stats.title')} ${statistics.year}`,
		tables,
		options.format,
		`volonterstvo-${statistics.year}`
	);
}
