// Young people reached in a period: who came, each person once (registrations de-duplicated by
// account, e-mail or phone, as countUniquePeople does), plus the anonymous headcounts counted as the
// action plan's rules count them (each event's largest session headcount; decision 0011). Every
// breakdown adds up to the same total, so the small-group rule can hide the complementary cell.
import type { AgeBand, HeadcountCounts } from './schema.ts';
import {
	HEADCOUNT_GENDERS,
	UNKNOWN_BAND,
	ageInYear,
	bandOf,
	groupSamePeople,
	type HeadcountGender,
	type StatisticsPerson
} from './statistics.ts';
import { searchKey } from '../../i18n/script.ts';

/** A person who came, with the place they gave (free text). */
export type ReachPerson = Pick<
	StatisticsPerson,
	'userId' | 'email' | 'phone' | 'birthYear' | 'gender' | 'eventYear' | 'isWalkIn' | 'sessionIds'
> & { place: string };

/** Where a person lives as the office's settlement list knows it. */
export interface KnownSettlement {
	name: string;
	isUrban: boolean;
}

/** The key of people whose settlement is not given or not on the office's list. */
export const UNKNOWN_SETTLEMENT = '';

export interface Reach {
	/** Different registered people who came plus the anonymous headcount. */
	reached: number;
	/** Of those, different registered people (walk-ins included). */
	registeredPeople: number;
	/** Anonymous people: each event's largest session headcount, added over events. */
	headcount: number;
	byGender: Record<HeadcountGender, number>;
	/** By age band key (UNKNOWN_BAND included), in the bands' order. */
	byBand: { band: string; count: number }[];
	/** By settlement name of the office's list, then UNKNOWN_SETTLEMENT; headcounts are unknown. */
	bySettlement: { name: string; count: number }[];
	byArea: { urban: number; rural: number; unknown: number };
	/** Vulnerable groups from headcounts only (registrations do not ask), by the group's key; they overlap. */
	vulnerable: Record<string, number>;
}

function genderOf(value: string | null): HeadcountGender {
	return value === 'female' || value === 'male' || value === 'other' ? value : 'unspecified';
}

/**
 * People reached by registrations that were attended (or walk-ins) and by headcounts (already the
 * largest per event). A person's gender, year of birth and place are the first ones given on any of
 * their registrations; the age is taken in the year of their first event in the period.
 */
export function computeReach(options: {
	people: readonly ReachPerson[];
	headcounts: readonly HeadcountCounts[];
	bands: readonly AgeBand[];
	settlements: readonly KnownSettlement[];
}): Reach {
	const present = options.people.filter((person) => person.isWalkIn || person.sessionIds.length > 0);
	const groups = groupSamePeople(present);
	const byGender = Object.fromEntries(HEADCOUNT_GENDERS.map((gender) => [gender, 0])) as Record<
		HeadcountGender,
		number
	>;
	const bandCounts = new Map<string, number>([
		...options.bands.map((band) => [band.key, 0] as const),
		[UNKNOWN_BAND, 0]
	]);
	const settlementByKey = new Map(options.settlements.map((item) => [searchKey(item.name), item]));
	const settlementCounts = new Map<string, number>([
		...options.settlements.map((item) => [item.name, 0] as const),
		[UNKNOWN_SETTLEMENT, 0]
	]);
	const byArea = { urban: 0, rural: 0, unknown: 0 };
	for (const group of groups) {
		const records = group.map((index) => present[index]);
		const first = <T extends string | number>(pick: (person: ReachPerson) => T | null | undefined): T | null =>
			records.map(pick).find((value): value is T => value !== null && value !== undefined && value !== '') ?? null;
		byGender[genderOf(first((person) => person.gender))]++;
		const year = Math.min(...records.map((person) => person.eventYear));
		const band = bandOf(
			ageInYear(
				first((person) => person.birthYear),
				year
			),
			options.bands
		);
		bandCounts.set(band, (bandCounts.get(band) ?? 0) + 1);
		const place = first((person) => person.place.trim());
		const settlement = place ? settlementByKey.get(searchKey(place)) : undefined;
		const name = settlement?.name ?? UNKNOWN_SETTLEMENT;
		settlementCounts.set(name, (settlementCounts.get(name) ?? 0) + 1);
		if (!settlement) byArea.unknown++;
		else if (settlement.isUrban) byArea.urban++;
		else byArea.rural++;
	}
	let headcount = 0;
	const vulnerable: Record<string, number> = {};
	for (const counts of options.headcounts) {
		for (const [band, byGenderOfBand] of Object.entries(counts.byBand)) {
			for (const [gender, value] of Object.entries(byGenderOfBand)) {
				if (!value) continue;
				headcount += value;
				byGender[genderOf(gender)] += value;
				const key = bandCounts.has(band) ? band : UNKNOWN_BAND;
				bandCounts.set(key, (bandCounts.get(key) ?? 0) + value);
				settlementCounts.set(UNKNOWN_SETTLEMENT, (settlementCounts.get(UNKNOWN_SETTLEMENT) ?? 0) + value);
				byArea.unknown += value;
			}
		}
		for (const [key, value] of Object.entries(counts.vulnerable)) vulnerable[key] = (vulnerable[key] ?? 0) + value;
	}
	return {
		reached: groups.length + headcount,
		registeredPeople: groups.length,
		headcount,
		byGender,
		byBand: [...bandCounts].map(([band, count]) => ({ band, count })),
		bySettlement: [...settlementCounts].map(([name, count]) => ({ name, count })),
		byArea,
		vulnerable
	};
}
