// The reusable demographics block's codes, shared by collection (which copies answers into the
// response's columns) and analysis (which cross-tabulates by them).

export const AGE_BANDS = ['under_15', '15_19', '20_24', '25_30', 'over_30'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const GENDERS = ['female', 'male', 'other', 'no_answer'] as const;
export const OCCUPATIONS = ['pupil', 'student', 'employed', 'unemployed', 'neet'] as const;
export const AREA_TYPES = ['urban', 'rural'] as const;

/** The age band of someone born in `birthYear`, by the age they turn in `surveyYear`. */
export function ageBandOf(birthYear: number, surveyYear: number): AgeBand {
	const age = surveyYear - birthYear;
	if (age < 15) return 'under_15';
	if (age <= 19) return '15_19';
	if (age <= 24) return '20_24';
	if (age <= 30) return '25_30';
	return 'over_30';
}

/** Below this many respondents a count is shown as "<5", never as a number (one rule for every statistic). */
export { SUPPRESSION_THRESHOLD } from '../../statistics/suppression.ts';
