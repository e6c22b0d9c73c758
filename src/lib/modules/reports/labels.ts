// How the statistics' labels read in the reader's language (browser-safe).
import type { I18n, MessageKey } from '../../i18n/index.ts';
import type { StatisticsLabel } from '../../server/manifest.ts';
import { periodParams, type StatisticsPeriod } from './period.ts';

/** A row's label: its message, or the staff-typed text (English when there is one and the reader reads English). */
export function labelText(i18n: I18n, label: StatisticsLabel): string {
	if ('key' in label) return i18n.t(label.key as MessageKey, label.values);
	return i18n.locale === 'en' && label.textEn ? label.textEn : i18n.text(label.text);
}

/** A period in words: "2026", "Q2 2026", "1. 3. 2026. – 15. 4. 2026." */
export function periodText(i18n: I18n, period: StatisticsPeriod): string {
	if (period.kind === 'year') return i18n.formatYear(period.year);
	if (period.kind === 'quarter')
		return i18n.t('reports.period.quarterOf', { quarter: period.quarter ?? 1, year: i18n.formatYear(period.year) });
	const day = (value: string) => i18n.formatDate(`${value}T12:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' });
	return i18n.t('reports.period.range', { from: day(period.fromDay), to: day(period.lastDay) });
}

/** The query string of a period, programme and action-plan area, for links and downloads. */
export function statisticsQuery(
	period: StatisticsPeriod,
	programmeId: string | null,
	planAreaId: string | null = null
): string {
	return new URLSearchParams({
		...periodParams(period),
		...(programmeId ? { programme: programmeId } : {}),
		...(planAreaId ? { area: planAreaId } : {})
	}).toString();
}

/** Staff-typed text kept in Serbian and English: English for English readers when there is one. */
export function bilingualText(i18n: I18n, content: { text: string; textEn: string }): string {
	return i18n.locale === 'en' && content.textEn ? content.textEn : i18n.text(content.text);
}

/** A change of score in points with its sign ("+5", "−3", "0"). */
export function signedPoints(i18n: I18n, change: number): string {
	if (change > 0) return `+${i18n.formatNumber(change)}`;
	if (change < 0) return `−${i18n.formatNumber(-change)}`;
	return i18n.formatNumber(0);
}
