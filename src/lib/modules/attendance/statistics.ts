// Pure statistics: age bands, attendance maths and the small-group suppression shown to staff.
import type { AgeBand, HeadcountCounts } from './schema.ts';
import { addFigures, attendanceFigures, attendanceRate, type AttendanceFigures } from './figures.ts';
import {
	SUPPRESSION_THRESHOLD,
	shownCount,
	shownText,
	suppressCrossTab,
	suppressLine
} from '../../statistics/suppression.ts';

export { attendanceRate };

/** Genders a headcount and the statistics count by; `unspecified` when a person did not say. */
export const HEADCOUNT_GENDERS = ['female', 'male', 'other', 'unspecified'] as const;
export type HeadcountGender = (typeof HEADCOUNT_GENDERS)[number];

/** The key of people whose age is not known (no year of birth given). */
export const UNKNOWN_BAND = 'unknown';

export { SUPPRESSION_THRESHOLD };

/** Default bands: the youth range 15–30 in three, plus under and over the range. */
export const DEFAULT_AGE_BANDS: AgeBand[] = [
	{ key: 'under-15', min: null, max: 14 },
	{ key: '15-19', min: 15, max: 19 },
	{ key: '20-24', min: 20, max: 24 },
	{ key: '25-30', min: 25, max: 30 },
	{ key: 'over-30', min: 31, max: null }
];

/** The age a person reaches in the year of the event (a year of birth is all the office keeps). */
export function ageInYear(birthYear: number | null | undefined, year: number): number | null {
	if (birthYear === null || birthYear === undefined) return null;
	return year - birthYear;
}

/** The band an age falls in, or `unknown` when the age is not known or falls in a gap. */
export function bandOf(age: number | null, bands: readonly AgeBand[]): string {
	if (age === null) return UNKNOWN_BAND;
	const band = bands.find((item) => (item.min === null || age >= item.min) && (item.max === null || age <= item.max));
	return band?.key ?? UNKNOWN_BAND;
}

/** The band key for an inclusive range: "15-19", "under-15" (no lower end), "over-30" (no upper end). */
export function bandKey(min: number | null, max: number | null): string {
	if (min === null && max !== null) return `under-${max + 1}`;
	if (max === null && min !== null) return `over-${min - 1}`;
	return `${min}-${max}`;
}

/**
 * Reads bands typed one per line ("15-19", "-14", "31-"), sorted and checked for overlap.
 * Returns the bands or the 1-based number of the first bad line.
 */
export function parseAgeBands(text: string): { ok: true; bands: AgeBand[] } | { ok: false; line: number } {
	const parsed: { band: AgeBand; line: number }[] = [];
	for (const [index, raw] of text.split(/\r?\n/).entries()) {
		const line = raw.trim().replace(/[–—]/g, '-').replace(/\s+/g, '');
		if (line === '') continue;
		const match = /^(\d{1,2})?-(\d{1,2})?$/.exec(line);
		if (!match || (match[1] === undefined && match[2] === undefined)) return { ok: false, line: index + 1 };
		const min = match[1] === undefined ? null : Number(match[1]);
		const max = match[2] === undefined ? null : Number(match[2]);
		if (min !== null && max !== null && min > max) return { ok: false, line: index + 1 };
		parsed.push({ band: { key: bandKey(min, max), min, max }, line: index + 1 });
	}
	if (parsed.length === 0) return { ok: false, line: 1 };
	parsed.sort((a, b) => (a.band.min ?? -1) - (b.band.min ?? -1));
	for (let k = 1; k < parsed.length; k++) {
		const previousMax = parsed[k - 1].band.max;
		const currentMin = parsed[k].band.min;
		if (previousMax === null || currentMin === null || currentMin <= previousMax)
			return { ok: false, line: parsed[k].line };
	}
	return { ok: true, bands: parsed.map((item) => item.band) };
}

/** Bands written back one per line, as the settings form shows them. */
export function formatAgeBands(bands: readonly AgeBand[]): string {
	return bands.map((band) => `${band.min ?? ''}-${band.max ?? ''}`).join('\n');
}

/** A single count as published: under five (zero included) becomes "<5" (src/lib/statistics/suppression.ts). */
export function suppressSmall(count: number): string {
	return shownText(shownCount(count));
}

/** An empty headcount for these bands and groups. */
export function emptyHeadcount(bands: readonly AgeBand[], vulnerableKeys: readonly string[]): HeadcountCounts {
	return {
		byBand: Object.fromEntries(
			bands.map((band) => [band.key, Object.fromEntries(HEADCOUNT_GENDERS.map((gender) => [gender, 0]))])
		),
		vulnerable: Object.fromEntries(vulnerableKeys.map((key) => [key, 0]))
	};
}

/** How many people a headcount counts (vulnerable groups are a subset, not added). */
export function headcountTotal(counts: HeadcountCounts): number {
	let total = 0;
	for (const byGender of Object.values(counts.byBand)) for (const value of Object.values(byGender)) total += value;
	return total;
}

/** One registration as statistics see it. */
export interface StatisticsPerson {
	eventId: string;
	/** The year the event took place, for the age. */
	eventYear: number;
	userId: string | null;
	email: string;
	phone: string;
	birthYear: number | null;
	gender: string | null;
	isWalkIn: boolean;
	/** Sessions of the event this registration was checked in at (none: did not come). */
	sessionIds: readonly string[];
}

/** An anonymous headcount of one session of an event. */
export interface SessionHeadcount {
	eventId: string;
	sessionId: string;
	counts: HeadcountCounts;
}

/** Counts by age band (rows) and gender (columns). */
export type BandGenderCounts = Record<string, Record<HeadcountGender, number>>;

/** Figures as in figures.ts (one definition), added over events, plus the breakdowns. */
export interface Statistics {
	/** Confirmed registrations (walk-ins not included): AttendanceFigures.confirmed. */
	registered: number;
	/** Of those, how many came to a session at least: AttendanceFigures.attended. */
	attendedRegistered: number;
	attendanceRate: number | null;
	walkIns: number;
	/** Anonymous people counted at the door: each event's largest session headcount, added over events. */
	headcount: number;
	/** Registered participants plus walk-ins plus the anonymous headcount. */
	participants: number;
	/** Different people among those who came (same e-mail, phone or account counted once); headcounts excluded. */
	uniquePeople: number;
	byBandAndGender: BandGenderCounts;
	vulnerable: Record<string, number>;
}

function genderOf(value: string | null): HeadcountGender {
	return value === 'female' || value === 'male' || value === 'other' ? value : 'unspecified';
}

/** What a phone number loses before it is compared: everything but digits and the plus sign. */
const PHONE_NOISE = /[^\d+]/g;

/**
 * Registrations of one person together: those sharing an account, an e-mail or a phone are one
 * person (also transitively: e-mail on one, phone and e-mail on another). Those with none of these
 * are a person each. Returns the indices of each person's registrations, in order of first appearance.
 */
export function groupSamePeople(people: readonly Pick<StatisticsPerson, 'userId' | 'email' | 'phone'>[]): number[][] {
	const parent = people.map((_, index) => index);
	const find = (index: number): number => {
		while (parent[index] !== index) {
			parent[index] = parent[parent[index]];
			index = parent[index];
		}
		return index;
	};
	// One map per kind of key, filled in one loop: a city's year is tens of thousands of rows, and
	// building a list of prefixed keys per row was most of this function's time.
	const byUser = new Map<string, number>();
	const byEmail = new Map<string, number>();
	const byPhone = new Map<string, number>();
	const link = (owner: Map<string, number>, key: string, index: number) => {
		const seen = owner.get(key);
		if (seen === undefined) owner.set(key, index);
		else parent[find(index)] = find(seen);
	};
	for (let index = 0; index < people.length; index++) {
		const person = people[index];
		if (person.userId) link(byUser, person.userId, index);
		if (person.email) link(byEmail, person.email.trim().toLowerCase(), index);
		if (person.phone) link(byPhone, person.phone.replace(PHONE_NOISE, ''), index);
	}
	const groups = new Map<number, number[]>();
	people.forEach((_, index) => {
		const root = find(index);
		const group = groups.get(root);
		if (group) group.push(index);
		else groups.set(root, [index]);
	});
	return [...groups.values()];
}

/** How many different people came (see groupSamePeople). */
export function countUniquePeople(people: readonly Pick<StatisticsPerson, 'userId' | 'email' | 'phone'>[]): number {
	return groupSamePeople(people).length;
}

/**
 * The headcount each event contributes: its largest session headcount (the same anonymous people
 * may come to every session), as in AttendanceFigures.headcount.
 */
export function largestHeadcountPerEvent(headcounts: readonly SessionHeadcount[]): Map<string, HeadcountCounts> {
	const chosen = new Map<string, HeadcountCounts>();
	for (const row of headcounts) {
		const current = chosen.get(row.eventId);
		if (!current || headcountTotal(row.counts) > headcountTotal(current)) chosen.set(row.eventId, row.counts);
	}
	return chosen;
}

/**
 * Statistics over registrations and headcounts. The figures come from attendanceFigures per event;
 * people are counted by band and gender once per registration they attended; each event's largest
 * session headcount adds its anonymous counts.
 */
export function computeStatistics(options: {
	people: readonly StatisticsPerson[];
	headcounts: readonly SessionHeadcount[];
	bands: readonly AgeBand[];
}): Statistics {
	const { people, headcounts, bands } = options;
	const byBandAndGender: BandGenderCounts = {};
	const cell = (band: string) =>
		(byBandAndGender[band] ??= { female: 0, male: 0, other: 0, unspecified: 0 } as Record<HeadcountGender, number>);
	for (const band of bands) cell(band.key);
	// Each event's registrations and headcounts, gathered in one pass (a city's year has thousands of
	// events and hundreds of thousands of registrations: filtering per event would be their product).
	const byEvent = new Map<string, { people: StatisticsPerson[]; headcounts: SessionHeadcount[] }>();
	const ofEventEntry = (eventId: string) => {
		let entry = byEvent.get(eventId);
		if (!entry) byEvent.set(eventId, (entry = { people: [], headcounts: [] }));
		return entry;
	};
	for (const person of people) ofEventEntry(person.eventId).people.push(person);
	for (const row of headcounts) ofEventEntry(row.eventId).headcounts.push(row);
	const figures: AttendanceFigures[] = [...byEvent.values()].map(
		({ people: ofEvent, headcounts: sessionHeadcounts }) => {
			return attendanceFigures({
				sessionIds: [
					...new Set([
						...ofEvent.flatMap((person) => person.sessionIds),
						...sessionHeadcounts.map((row) => row.sessionId)
					])
				],
				registrations: ofEvent,
				headcounts: sessionHeadcounts.map((row) => ({ sessionId: row.sessionId, total: headcountTotal(row.counts) }))
			});
		}
	);
	const present: StatisticsPerson[] = [];
	for (const person of people) {
		if (person.sessionIds.length > 0 || person.isWalkIn) {
			present.push(person);
			cell(bandOf(ageInYear(person.birthYear, person.eventYear), bands))[genderOf(person.gender)]++;
		}
	}
	const vulnerable: Record<string, number> = {};
	for (const counts of largestHeadcountPerEvent(headcounts).values()) {
		for (const [band, byGender] of Object.entries(counts.byBand)) {
			for (const [gender, value] of Object.entries(byGender)) {
				if (!value) continue;
				cell(band)[genderOf(gender)] += value;
			}
		}
		for (const [key, value] of Object.entries(counts.vulnerable)) vulnerable[key] = (vulnerable[key] ?? 0) + value;
	}
	const total = addFigures(figures);
	return {
		registered: total.confirmed,
		attendedRegistered: total.attended,
		attendanceRate: total.attendanceRate,
		walkIns: total.walkIns,
		headcount: total.headcount,
		participants: total.participants,
		uniquePeople: countUniquePeople(present),
		byBandAndGender,
		vulnerable
	};
}

/** Statistics with every count as shown: groups under five as "<5". */
export interface DisplayedStatistics {
	registered: string;
	attendedRegistered: string;
	attendanceRate: number | null;
	walkIns: string;
	headcount: string;
	participants: string;
	uniquePeople: string;
	byBandAndGender: { band: string; cells: Record<HeadcountGender, string>; total: string }[];
	genderTotals: Record<HeadcountGender, string>;
	vulnerable: Record<string, string>;
}

/** The headline figures as published, with the rule of src/lib/statistics/suppression.ts. */
export interface DisplayedFigures {
	registered: string;
	attendedRegistered: string;
	attendanceRate: number | null;
	walkIns: string;
	headcount: string;
	participants: string;
}

/**
 * The headline figures with the one suppression rule. Attended + walk-ins + headcount = participants
 * is a line a reader could subtract, so it keeps no single hidden entry; confirmed registrations are
 * a count of their own (who did not come is not published, so it is not a line).
 */
export function suppressFigures(stats: Statistics): DisplayedFigures {
	const registered = shownCount(stats.registered);
	const line = suppressLine([stats.attendedRegistered, stats.walkIns, stats.headcount], stats.participants);
	return {
		registered: shownText(registered),
		attendedRegistered: shownText(line.parts[0]),
		// A rate over a hidden count would give it back.
		attendanceRate: registered.hidden || line.parts[0].hidden ? null : stats.attendanceRate,
		walkIns: shownText(line.parts[1]),
		headcount: shownText(line.parts[2]),
		participants: shownText(line.total)
	};
}

/**
 * Applies the one suppression rule (src/lib/statistics/suppression.ts) to every count: the band by
 * gender table as a cross-tab with its totals, the headline figures as lines that add up.
 */
export function suppressStatistics(stats: Statistics, bandOrder: readonly string[]): DisplayedStatistics {
	const order = [...bandOrder, ...Object.keys(stats.byBandAndGender).filter((band) => !bandOrder.includes(band))];
	const bands = order
		.filter((band) => stats.byBandAndGender[band])
		// The unknown band appears only when someone is in it.
		.filter(
			(band) => band !== UNKNOWN_BAND || HEADCOUNT_GENDERS.some((gender) => stats.byBandAndGender[band][gender] > 0)
		);
	const cells = bands.map((band) => HEADCOUNT_GENDERS.map((gender) => stats.byBandAndGender[band][gender]));
	const rowTotals = cells.map((row) => row.reduce((sum, value) => sum + value, 0));
	const columnTotals = HEADCOUNT_GENDERS.map((_, column) => cells.reduce((sum, row) => sum + row[column], 0));
	const table = suppressCrossTab({
		cells,
		rowTotals,
		columnTotals,
		grandTotal: rowTotals.reduce((sum, value) => sum + value, 0)
	});
	const figures = suppressFigures(stats);
	return {
		...figures,
		// The table's grand total is the participants figure: hidden when either rule hides it.
		participants: table.grandTotal.hidden ? `<${SUPPRESSION_THRESHOLD}` : figures.participants,
		uniquePeople: suppressSmall(stats.uniquePeople),
		byBandAndGender: bands.map((band, row) => ({
			band,
			cells: Object.fromEntries(
				HEADCOUNT_GENDERS.map((gender, column) => [gender, shownText(table.cells[row][column])])
			) as Record<HeadcountGender, string>,
			total: shownText(table.rowTotals[row])
		})),
		genderTotals: Object.fromEntries(
			HEADCOUNT_GENDERS.map((gender, column) => [gender, shownText(table.columnTotals[column])])
		) as Record<HeadcountGender, string>,
		vulnerable: Object.fromEntries(Object.entries(stats.vulnerable).map(([key, value]) => [key, suppressSmall(value)]))
	};
}
