// Volunteering statistics for staff: volunteers, new volunteers and hours by gender, age band,
// organiser and category, with groups of fewer than five volunteers hidden (as survey results are,
// decision 0015), so a small group cannot be told apart.
import { ageOn } from './rules.ts';

/** Groups with fewer volunteers than this are shown as "fewer than 5". */
export const SMALL_GROUP = 5;

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

/** One line of a breakdown; counts under SMALL_GROUP come back as null (hidden), and so do their hours. */
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

function breakdown(rows: readonly HoursRow[], keyOf: (row: HoursRow) => string): GroupLine[] {
	const groups = new Map<string, { people: Set<string>; minutes: number }>();
	for (const row of rows) {
		const key = keyOf(row);
		const group = groups.get(key) ?? { people: new Set<string>(), minutes: 0 };
		group.people.add(row.profileId);
		group.minutes += row.minutes;
		groups.set(key, group);
	}
	return [...groups.entries()]
		.sort((a, b) => b[1].people.size - a[1].people.size || a[0].localeCompare(b[0]))
		.map(([key, group]) =>
			group.people.size < SMALL_GROUP
				? { key, volunteers: null, hours: null }
				: { key, volunteers: group.people.size, hours: Math.round(group.minutes / 60) }
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
		byGender: breakdown(inYear, (row) => row.gender ?? 'unknown'),
		byAgeBand: breakdown(inYear, (row) => ageBandOf(row.birthDate, year)),
		byOrganiser: breakdown(inYear, (row) => row.organiser),
		byCategory: breakdown(inYear, (row) => row.category)
	};
}
