// Pure statistics for survey results: percentages, means and medians from value distributions. The
// small-cell suppression lives in src/lib/statistics/suppression.ts (one rule for every statistic).
export {
	isSmall,
	shownCount,
	suppressCrossTab,
	suppressLine,
	shownText,
	type CrossTabCounts,
	type ShownCount,
	type SuppressedCrossTab
} from '../../../statistics/suppression.ts';

/** One value of a numeric distribution and how many respondents gave it. */
export interface ValueCount {
	value: number;
	count: number;
}

/** Share of `count` in `base` as a percentage rounded to one decimal; 0 when the base is empty. */
export function percentOf(count: number, base: number): number {
	if (base <= 0) return 0;
	return Math.round((count / base) * 1000) / 10;
}

/** The arithmetic mean of a distribution, or null when it is empty. */
export function meanOf(distribution: readonly ValueCount[]): number | null {
	let total = 0;
	let sum = 0;
	for (const { value, count } of distribution) {
		total += count;
		sum += value * count;
	}
	return total === 0 ? null : sum / total;
}

/** The median of a distribution (the mean of the two middle values for an even count), or null. */
export function medianOf(distribution: readonly ValueCount[]): number | null {
	const sorted = [...distribution].filter((entry) => entry.count > 0).sort((a, b) => a.value - b.value);
	const total = sorted.reduce((sum, entry) => sum + entry.count, 0);
	if (total === 0) return null;
	const valueAt = (position: number) => {
		let seen = 0;
		for (const entry of sorted) {
			seen += entry.count;
			if (position < seen) return entry.value;
		}
		return sorted[sorted.length - 1].value;
	};
	if (total % 2 === 1) return valueAt((total - 1) / 2);
	return (valueAt(total / 2 - 1) + valueAt(total / 2)) / 2;
}

/** Rounds to one decimal for display (means, average positions). */
export function roundOne(value: number): number {
	return Math.round(value * 10) / 10;
}
