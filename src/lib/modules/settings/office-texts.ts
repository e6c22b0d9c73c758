// The office's own texts (name, mission, working hours, data protection officer) in the reader's
// language (issue 13.10): the English field on the English site; the Serbian one otherwise, and on
// the English site only when the English field is empty, flagged so the page can say so (as news does).
import type { Locale } from '../../i18n/locale.ts';

interface OfficeTextFields {
	name: string;
	nameEn: string;
	mission: string;
	missionEn: string;
	workingHours: string;
	workingHoursEn: string;
	dpoName: string;
	dpoNameEn: string;
}

/** One text as shown: `inSerbian` when an English reader is shown the Serbian text. */
export interface OfficeText {
	text: string;
	inSerbian: boolean;
}

function pick(locale: Locale, serbian: string, english: string): OfficeText {
	if (locale !== 'en' || !serbian) return { text: serbian, inSerbian: false };
	return english.trim() ? { text: english, inSerbian: false } : { text: serbian, inSerbian: true };
}

/**
 * The office's texts for a locale. Serbian texts still go through i18n.text() for the reader's
 * script; English ones are Latin already, so i18n.text() in the English locale leaves them as typed.
 */
export function officeTexts(office: OfficeTextFields, locale: Locale) {
	return {
		name: pick(locale, office.name, office.nameEn),
		mission: pick(locale, office.mission, office.missionEn),
		workingHours: pick(locale, office.workingHours, office.workingHoursEn),
		dpoName: pick(locale, office.dpoName, office.dpoNameEn)
	};
}
