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

/** A person reached, as the breakdowns see them: their first gender, year of birth and place given. */
export interface ResolvedPerson {
	gender: string | null;
	birthYear: number | null;
	/** Trimmed; null when none was given. */
	place: string | null;
	/** The year of their first event in the period. */
	year: number;
	/**
	 * How many people these are (one when not given): the database counts people who share no account,
	 * e-mail or phone with anyone else by their values, so only people of several rows come one by one.
	 */
	count?: number;
}

/**
 * People reached by registrations that were attended (or walk-ins), each once (groupSamePeople). A
 * person's gender, year of birth and place are the first ones given on any of their registrations;
 * the age is taken in the year of their first event in the period.
 */
export function resolvePeople(people: readonly ReachPerson[]): ResolvedPerson[] {
	const present = people.filter((person) => person.isWalkIn || person.sessionIds.length > 0);
	return groupSamePeople(present).map((group) => {
		const records = group.map((index) => present[index]);
		const first = <T extends string | number>(pick: (person: ReachPerson) => T | null | undefined): T | null =>
			records.map(pick).find((value): value is T => value !== null && value !== undefined && value !== '') ?? null;
		return {
			gender: first((person) => person.gender),
			birthYear: first((person) => person.birthYear),
			place: first((person) => person.place.trim()),
			year: Math.min(...records.map((person) => person.eventYear))
		};
	});
}

/**
 * Registrations already gathered by the database: each row the present registrations that share an
 * account, e-mail and phone exactly (or one registration with none of them), with the first gender,
 * year of birth and place given and the arrival number (`sequence`) of the registration that gave
 * each. Rows of one person (groupSamePeople) are joined here; each value is the one given first.
 */
export interface ReachRow {
	userId: string | null;
	email: string;
	phone: string;
	gender: string | null;
	genderAt: number | null;
	birthYear: number | null;
	birthYearAt: number | null;
	/** Untrimmed, as given; null when none is given. */
	place: string | null;
	placeAt: number | null;
	year: number;
}

/** People reached from gathered rows (ReachRow), as resolvePeople resolves them from registrations. */
export function resolveReachRows(rows: readonly ReachRow[]): ResolvedPerson[] {
	// Plain loops: a city's year is tens of thousands of rows.
	return groupSamePeople(rows).map((group) => {
		let gender: string | null = null;
		let genderAt = Infinity;
		let birthYear: number | null = null;
		let birthYearAt = Infinity;
		let place: string | null = null;
		let placeAt = Infinity;
		let year = Infinity;
		for (const index of group) {
			const row = rows[index];
			if (row.gender !== null && row.genderAt !== null && row.genderAt < genderAt) {
				gender = row.gender;
				genderAt = row.genderAt;
			}
			if (row.birthYear !== null && row.birthYearAt !== null && row.birthYearAt < birthYearAt) {
				birthYear = row.birthYear;
				birthYearAt = row.birthYearAt;
			}
			if (row.place !== null && row.placeAt !== null && row.placeAt < placeAt) {
				place = row.place;
				placeAt = row.placeAt;
			}
			year = Math.min(year, row.year);
		}
		return { gender, birthYear, place: place === null ? null : place.trim(), year };
	});
}

/** People reached by registrations that were attended (or walk-ins) and by headcounts (already the largest per event). */
export function computeReach(options: {
	people: readonly ReachPerson[];
	headcounts: readonly HeadcountCounts[];
	bands: readonly AgeBand[];
	settlements: readonly KnownSettlement[];
}): Reach {
	return countReach({ ...options, people: resolvePeople(options.people) });
}

/** The breakdowns of people already resolved (resolvePeople, resolveReachRows) plus the headcounts. */
export function countReach(options: {
	people: readonly ResolvedPerson[];
	headcounts: readonly HeadcountCounts[];
	bands: readonly AgeBand[];
	settlements: readonly KnownSettlement[];
}): Reach {
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
	// The same typed place is looked up once (a city's people name a few dozen places).
	const placeCache = new Map<string, KnownSettlement | undefined>();
	let registeredPeople = 0;
	for (const person of options.people) {
		const count = person.count ?? 1;
		registeredPeople += count;
		byGender[genderOf(person.gender)] += count;
		const band = bandOf(ageInYear(person.birthYear, person.year), options.bands);
		bandCounts.set(band, (bandCounts.get(band) ?? 0) + count);
		const place = person.place;
		let settlement: KnownSettlement | undefined;
		if (place) {
			if (!placeCache.has(place)) placeCache.set(place, settlementByKey.get(searchKey(place)));
			settlement = placeCache.get(place);
		}
		const name = settlement?.name ?? UNKNOWN_SETTLEMENT;
		settlementCounts.set(name, (settlementCounts.get(name) ?? 0) + count);
		if (!settlement) byArea.unknown += count;
		else if (settlement.isUrban) byArea.urban += count;
		else byArea.rural += count;
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
		reached: registeredPeople + headcount,
		registeredPeople,
		headcount,
		byGender,
		byBand: [...bandCounts].map(([band, count]) => ({ band, count })),
		bySettlement: [...settlementCounts].map(([name, count]) => ({ name, count })),
		byArea,
		vulnerable
	};
}
