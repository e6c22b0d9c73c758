// The age profile of an informal group: how many members fall in each age band and what share of
// them is young. Ages come from the year of birth alone (members give no full date), so a member is
// counted by the age they reach in the reference year.

/** The youth age range of the office (a setting: the law's 15–30 may change). */
export interface YouthAges {
	min: number;
	max: number;
}

export interface AgeBand {
	/** below: younger than the youth range; range: from–to inclusive; above: older. */
	kind: 'below' | 'range' | 'above';
	from: number | null;
	to: number | null;
	count: number;
}

export interface AgeProfile {
	bands: AgeBand[];
	total: number;
	young: number;
	/** Whole percent of members within the youth range; null for a group without members. */
	youngShare: number | null;
}

/** How wide each band inside the youth range is, in years. */
const BAND_WIDTH = 5;

/** The bands for a youth range: under it, five-year steps inside it (the last one to the end), over it. */
export function ageBands(youth: YouthAges): Omit<AgeBand, 'count'>[] {
	const bands: Omit<AgeBand, 'count'>[] = [{ kind: 'below', from: null, to: youth.min - 1 }];
	for (let from = youth.min; from <= youth.max; from += BAND_WIDTH) {
		// A stub shorter than three years joins the band before it (15–19, 20–24, 25–30).
		const to = youth.max - (from + BAND_WIDTH - 1) < 3 ? youth.max : from + BAND_WIDTH - 1;
		bands.push({ kind: 'range', from, to });
		if (to === youth.max) break;
	}
	bands.push({ kind: 'above', from: youth.max + 1, to: null });
	return bands;
}

/** Counts members per age band and the share of young ones, ages as of `referenceYear`. */
export function computeAgeProfile(birthYears: readonly number[], referenceYear: number, youth: YouthAges): AgeProfile {
	const bands: AgeBand[] = ageBands(youth).map((band) => ({ ...band, count: 0 }));
	let young = 0;
	for (const birthYear of birthYears) {
		const age = referenceYear - birthYear;
		const band = bands.find(
			(candidate) =>
				(candidate.from === null || age >= candidate.from) && (candidate.to === null || age <= candidate.to)
		);
		if (band) band.count++;
		if (age >= youth.min && age <= youth.max) young++;
	}
	const total = birthYears.length;
	return { bands, total, young, youngShare: total === 0 ? null : Math.round((young / total) * 100) };
}

/** A youth association has at least two thirds young members (Law on Youth); false when unknown. */
export function isBelowYouthShare(memberCount: number | null, youngMemberCount: number | null): boolean {
	if (memberCount === null || youngMemberCount === null || memberCount === 0) return false;
	return youngMemberCount * 3 < memberCount * 2;
}
