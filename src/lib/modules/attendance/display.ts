// Small helpers the attendance pages share (browser-safe).
import type { I18n } from '../../i18n/index.ts';
import { searchKey } from '../../i18n/script.ts';
import type { AgeBand } from './schema.ts';
import { UNKNOWN_BAND } from './statistics.ts';

/** A staff-written title in the reader's language: English when there is one, else the Serbian in their script. */
export function localizedTitle(i18n: I18n, title: string, titleEn: string): string {
	return i18n.locale === 'en' && titleEn ? titleEn : i18n.text(title);
}

/** How a band is named on the page: "15–19", "up to 14", "31 and over". */
export function bandLabel(i18n: I18n, band: string, bands: readonly AgeBand[]): string {
	const found = bands.find((item) => item.key === band);
	if (!found || band === UNKNOWN_BAND) return i18n.t('attendance.band.unknown');
	if (found.min === null) return i18n.t('attendance.band.under', { max: found.max ?? 0 });
	if (found.max === null) return i18n.t('attendance.band.over', { min: found.min });
	return i18n.t('attendance.band.range', { min: found.min, max: found.max });
}

/** Whether a name (already folded with searchKey) matches what was typed, in either script. */
export function nameMatches(key: string, query: string): boolean {
	const folded = searchKey(query);
	return folded === '' || folded.split(' ').every((word) => key.includes(word));
}
