import { createI18n, type MessageKey } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { GroupLine, VolunteeringStatistics } from './statistics.ts';

const csvCell = (value: string | number) => {
	const text = String(value);
	return /[",\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** The statistics as CSV in the reader's language: one line per group, hidden groups as "<5". */
export function statisticsCsv(
	statistics: VolunteeringStatistics,
	locale: Locale,
	keepLatin: readonly string[]
): string {
	const i18n = createI18n(locale, [...keepLatin]);
	const t = i18n.t;
	const lines: (string | number)[][] = [
		[
			t('volunteering.stats.breakdown'),
			t('volunteering.stats.group'),
			t('volunteering.stats.volunteers'),
			t('volunteering.stats.hours')
		],
		[t('volunteering.stats.total'), String(statistics.year), statistics.volunteers, statistics.hours],
		[t('volunteering.stats.newVolunteers'), String(statistics.year), statistics.newVolunteers, '']
	];
	const add = (title: MessageKey, groups: GroupLine[], label: (key: string) => string) => {
		for (const line of groups) lines.push([t(title), label(line.key), line.volunteers ?? '<5', line.hours ?? '<5']);
	};
	add('volunteering.stats.byGender', statistics.byGender, (key) => t(`volunteering.stats.gender.${key as 'female'}`));
	add('volunteering.stats.byAge', statistics.byAgeBand, (key) =>
		key === 'unknown' ? t('volunteering.stats.gender.unknown') : key
	);
	add('volunteering.stats.byOrganiser', statistics.byOrganiser, (key) =>
		key ? i18n.text(key) : t('volunteering.public.office')
	);
	add('volunteering.stats.byCategory', statistics.byCategory, (key) => t(`volunteering.category.${key as 'other'}`));
	return `\uFEFF${lines.map((line) => line.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
