// The one small-cell suppression rule for every count about people that the platform shows, prints or
// exports for publication: survey results, attendance statistics, their charts, PDFs and exports, and
// the breakdowns of voters, supporters and volunteers by age band, gender and the like (suppressGroups).
//
// 1. Primary: every count below SUPPRESSION_THRESHOLD (0 included) is shown as "<5", never as a number,
//    both in the body of a table and in its totals.
// 2. Complementary: a table's rows and columns are sums. When a line (a row with its row total, or a
//    column with its column total, the totals line with the grand total included) holds exactly one
//    hidden entry, it could be recovered by subtraction, so one more visible entry of that line is
//    hidden too. This repeats until no line has exactly one hidden entry. For multiple-choice questions
//    the lines are not exact sums (one person counts in several rows), so the rule is merely cautious.
// 3. Percentages, rates and means of a hidden count, and of a group under the threshold, are hidden.
// See docs/decisions/0015-survey-results-suppression.md; statistics-suppression.integration.test.ts
// drives every statistics output of the demo office and fails on a visible count from 1 to 4.

/** Groups smaller than this are shown as "<5", so nobody can be picked out of a small group. */
export const SUPPRESSION_THRESHOLD = 5;

/** A count as shown: the number, or hidden because it is under the threshold. */
export type ShownCount = { hidden: false; count: number } | { hidden: true };

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

/** A line of parts that add up to a total (one row of a table): the same rule as a one-row cross-tab. */
export function suppressLine(parts: readonly number[], total: number, threshold = SUPPRESSION_THRESHOLD) {
	const table = suppressCrossTab(
		{ cells: [[...parts]], rowTotals: [total], columnTotals: [...parts], grandTotal: total },
		threshold
	);
	return { parts: table.cells[0], total: table.rowTotals[0] };
}

/**
 * A breakdown of people into groups (by age band, gender, organiser...) under the same rule: the groups
 * are the parts of one line whose total is `total` (by default their sum, the cautious choice when the
 * groups need not add up to anything shown), so a group under the threshold is hidden and, where it could
 * be worked out from the others and the total, one more. Hidden groups come back as `null`, which screens
 * show as "<5" (`shownText`). The order of the groups is kept.
 */
export function suppressGroups<Group extends { count: number }>(
	groups: readonly Group[],
	total = groups.reduce((sum, group) => sum + group.count, 0),
	threshold = SUPPRESSION_THRESHOLD
): (Omit<Group, 'count'> & { count: number | null })[] {
	const line = suppressLine(
		groups.map((group) => group.count),
		total,
		threshold
	);
	return groups.map((group, index) => {
		const shown = line.parts[index];
		return { ...group, count: shown.hidden ? null : shown.count };
	});
}

/** A shown count as plain text, for PDFs, exports and chart labels: the number or "<5". */
export function shownText(count: ShownCount, formatNumber: (value: number) => string = String): string {
	return count.hidden ? `<${SUPPRESSION_THRESHOLD}` : formatNumber(count.count);
}
