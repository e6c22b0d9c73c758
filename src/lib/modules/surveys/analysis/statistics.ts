// Pure statistics for survey results: percentages, means and medians from value distributions, and
// the small-cell suppression of cross-tabulations.
//
// Suppression (documented here because everyone who reads a cross-tab will wonder):
// 1. Primary: every count below SUPPRESSION_THRESHOLD (0 included) is shown as "<5", never as a number,
//    both in the body of the table and in its row and column totals.
// 2. Complementary: a table's rows and columns are sums. When a line (a row with its row total, or a
//    column with its column total, the totals line with the grand total included) holds exactly one
//    hidden entry, it could be recovered by subtraction, so the smallest visible cell of that line is
//    hidden too. This repeats until no line has exactly one hidden entry. For multiple-choice questions
//    the lines are not exact sums (one person counts in several rows), so the rule is merely cautious.
// 3. Percentages and means of a hidden count, and the mean of a group under the threshold, are hidden.
// What this does not protect against: differencing two tables under different filters. Filters are
// staff-only and sensitive questions are shown with the same suppression under every filter.
import { SUPPRESSION_THRESHOLD } from '../demographics.ts';

/** One value of a numeric distribution and how many respondents gave it. */
export interface ValueCount {
	value: number;
	count: number;
}

/** A count as shown: the number, or hidden because it is under the threshold. */
export type ShownCount = { hidden: false; count: number } | { hidden: true };

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

/** Whether a count must be hidden. */
export function isSmall(count: number, threshold = SUPPRESSION_THRESHOLD): boolean {
	return count < threshold;
}

/** A single count as shown under primary suppression only (used for one-way tables of sensitive questions). */
export function shownCount(count: number, threshold = SUPPRESSION_THRESHOLD): ShownCount {
	return isSmall(count, threshold) ? { hidden: true } : { hidden: false, count };
}

export interface CrossTabCounts {
	/** cells[row][column]: respondents in the column's group who gave the row's answer. */
	cells: number[][];
	/** Respondents in each row (answering it), over all columns. */
	rowTotals: number[];
	/** Respondents in each column's group who answered the question (the percentage base). */
	columnTotals: number[];
	grandTotal: number;
}

export interface SuppressedCrossTab {
	cells: ShownCount[][];
	rowTotals: ShownCount[];
	columnTotals: ShownCount[];
	grandTotal: ShownCount;
}

/**
 * Hides the small cells of a cross-tab and, where one hidden entry in a row or column could be
 * recovered from its total, the smallest other visible cell of that line (see the file comment).
 */
export function suppressCrossTab(table: CrossTabCounts, threshold = SUPPRESSION_THRESHOLD): SuppressedCrossTab {
	const rows = table.cells.length;
	const columns = table.columnTotals.length;
	// An extended grid: the body, a total column at index `columns`, a total row at index `rows`.
	const value = (row: number, column: number): number => {
		if (row === rows && column === columns) return table.grandTotal;
		if (row === rows) return table.columnTotals[column];
		if (column === columns) return table.rowTotals[row];
		return table.cells[row][column];
	};
	const hidden: boolean[][] = [];
	for (let row = 0; row <= rows; row++) {
		hidden.push([]);
		for (let column = 0; column <= columns; column++) hidden[row].push(isSmall(value(row, column), threshold));
	}
	const lines: [number, number][][] = [];
	for (let row = 0; row <= rows; row++) lines.push(Array.from({ length: columns + 1 }, (_, column) => [row, column]));
	for (let column = 0; column <= columns; column++)
		lines.push(Array.from({ length: rows + 1 }, (_, row) => [row, column]));
	let changed = true;
	while (changed) {
		changed = false;
		for (const line of lines) {
			const hiddenHere = line.filter(([row, column]) => hidden[row][column]);
			if (hiddenHere.length !== 1) continue;
			// Prefer a body cell over a total (totals are what readers need most), then a cell whose
			// crossing line already hides something (so the hiding does not cascade), then the smallest.
			const isRowLine = line[0][0] === line[1]?.[0];
			const crossingHidden = ([row, column]: [number, number]) =>
				isRowLine ? hidden.filter((cellsOfRow) => cellsOfRow[column]).length : hidden[row].filter(Boolean).length;
			const rank = (cell: [number, number]) => [
				cell[0] === rows || cell[1] === columns ? 1 : 0,
				crossingHidden(cell) > 0 ? 0 : 1,
				value(cell[0], cell[1])
			];
			const candidates = line
				.filter(([row, column]) => !hidden[row][column])
				.sort((a, b) => {
					const [ra, rb] = [rank(a), rank(b)];
					return ra[0] - rb[0] || ra[1] - rb[1] || ra[2] - rb[2];
				});
			if (candidates.length === 0) continue;
			const [row, column] = candidates[0];
			hidden[row][column] = true;
			changed = true;
		}
	}
	const shown = (row: number, column: number): ShownCount =>
		hidden[row][column] ? { hidden: true } : { hidden: false, count: value(row, column) };
	return {
		cells: table.cells.map((cellsOfRow, row) => cellsOfRow.map((_, column) => shown(row, column))),
		rowTotals: table.rowTotals.map((_, row) => shown(row, columns)),
		columnTotals: table.columnTotals.map((_, column) => shown(rows, column)),
		grandTotal: shown(rows, columns)
	};
}
