// Volunteering statistics for staff: volunteers, new volunteers and hours by gender, age band,
// organiser and category, under the shared small-cell rule (suppressGroups, decisions 0015 and 0017):
// a group of fewer than five volunteers is hidden, and one more where the year's total would give a
// hidden one back, so a small group cannot be told apart. A hidden group's hours are hidden with it.
import { ageOn } from './rules.ts';
import { suppressGroups } from '../../statistics/suppression.ts';

export const AGE_BANDS = ['15-17', '18-24', '25-30', '31+', 'unknown'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export interface HoursRow {
	profileId: string;
	workedOn: string;
	minutes: number;
	gender: string | null;
	birthDate: string | null;
	organiser: string;
	category: string;
	/** The volunteer's first approved day ever (to tell new volunteers). */
	firstWorkedOn: string;
}

/** One line of a breakdown; a hidden group (suppressGroups) comes back as null, and so do its hours. */
export interface GroupLine {
	key: string;
	volunteers: number | null;
	hours: number | null;
}

export interface VolunteeringStatistics {
	year: number;
	volunteers: number;
	newVolunteers: number;
	hours: number;
	byGender: GroupLine[];
	byAgeBand: GroupLine[];
	byOrganiser: GroupLine[];
	byCategory: GroupLine[];
}

/** The age band at the end of the year. */
export function ageBandOf(birthDate: string | null, year: number): AgeBand {
	if (!birthDate) return 'unknown';
	const age = ageOn(birthDate, `${year}-12-31`);
	if (age < 18) return '15-17';
	if (age <= 24) return '18-24';
	if (age <= 30) return '25-30';
	return '31+';
}

function breakdown(rows: readonly HoursRow[], total: number, keyOf: (row: HoursRow) => string): GroupLine[] {
	const groups = new Map<string, { people: Set<string>; minutes: number }>();
	for (const row of rows) {
		const key = keyOf(row);
		const group = groups.get(key) ?? { people: new Set<string>(), minutes: 0 };
		group.people.add(row.profileId);
		group.minutes += row.minutes;
		groups.set(key, group);
	}
	const lines = [...groups.entries()]
		.sort((a, b) => b[1].people.size - a[1].people.size || a[0].localeCompare(b[0]))
		.map(([key, group]) => ({ key, count: group.people.size, hours: Math.round(group.minutes / 60) }));
	// A volunteer working for two organisers is in both groups: the line is not an exact sum, and the
	// rule is merely cautious there (as for multiple-choice questions).
	return suppressGroups(lines, total).map(({ key, count, hours }) =>
		count === null ? { key, volunteers: null, hours: null } : { key, volunteers: count, hours }
	);
}

/** The year's figures from its approved hours, small groups hidden. */
export function summariseYear(rows: readonly HoursRow[], year: number): VolunteeringStatistics {
	const inYear = rows.filter((row) => row.workedOn.startsWith(`${year}-`));
	const people = new Set(inYear.map((row) => row.profileId));
	const newcomers = new Set(
		inYear.filter((row) => row.firstWorkedOn.startsWith(`${year}-`)).map((row) => row.profileId)
	);
	return {
		year,
		volunteers: people.size,
		newVolunteers: newcomers.size,
		hours: Math.round(inYear.reduce((total, row) => total + row.minutes, 0) / 60),
		byGender: breakdown(inYear, people.size, (row) => row.gender ?? 'unknown'),
		byAgeBand: breakdown(inYear, people.size, (row) => ageBandOf(row.birthDate, year)),
		byOrganiser: breakdown(inYear, people.size, (row) => row.organiser),
		byCategory: breakdown(inYear, people.size, (row) => row.category)
	};
}
