// The statistics as shown, printed and exported: every count of people under five as "<5", and in a
// table that adds up to its total, the complementary cell hidden too (the one shared rule,
// src/lib/statistics/suppression.ts). Counts of things (events, sessions, hours) are never hidden.
import type { StatisticsBlock, StatisticsLabel } from '../../server/manifest.ts';
import { shownCount, shownText, suppressLine, type ShownCount } from '../../statistics/suppression.ts';

export interface ShownFigure {
	key: string;
	labelKey: string;
	/** The number or "<5". */
	text: string;
	/** The number for a chart; null when hidden. */
	value: number | null;
	/** The same figure a year earlier, as shown (hidden counts stay hidden). */
	previousText: string | null;
	previousValue: number | null;
}

export interface ShownTable {
	key: string;
	titleKey: string;
	rows: { label: StatisticsLabel; text: string; value: number | null }[];
	/** The total as shown, or null when the rows overlap (no total). */
	total: { text: string; value: number | null } | null;
}

export interface ShownBlock {
	key: string;
	titleKey: string;
	filtered: boolean;
	/** Whether the action-plan area filter applies to this block. */
	areaFiltered: boolean;
	figures: ShownFigure[];
	tables: ShownTable[];
}

const asShown = (count: ShownCount) => ({ text: shownText(count), value: count.hidden ? null : count.count });

function showFigure(value: number, people: boolean) {
	return asShown(people ? shownCount(value) : { hidden: false, count: value });
}

/** One table as shown: people tables with a total follow the line rule; without a total, each cell alone. */
export function showTable(table: StatisticsBlock['tables'][number]): ShownTable {
	if (!table.people) {
		return {
			key: table.key,
			titleKey: table.titleKey,
			rows: table.rows.map((row) => ({ label: row.label, text: String(row.value), value: row.value })),
			total: table.total === undefined ? null : { text: String(table.total), value: table.total }
		};
	}
	if (table.total === undefined) {
		return {
			key: table.key,
			titleKey: table.titleKey,
			rows: table.rows.map((row) => ({ label: row.label, ...asShown(shownCount(row.value)) })),
			total: null
		};
	}
	const line = suppressLine(
		table.rows.map((row) => row.value),
		table.total
	);
	return {
		key: table.key,
		titleKey: table.titleKey,
		rows: table.rows.map((row, index) => ({ label: row.label, ...asShown(line.parts[index]) })),
		total: asShown(line.total)
	};
}

/**
 * The blocks of every module as shown, in their order, with last year's figures beside this
 * period's (matched by the figure's key; a figure new this year has none).
 */
export function showBlocks(current: readonly StatisticsBlock[], previous: readonly StatisticsBlock[]): ShownBlock[] {
	const earlier = new Map(
		previous.flatMap((block) => block.figures).map((figure) => [figure.key, showFigure(figure.value, figure.people)])
	);
	return [...current]
		.sort((a, b) => a.order - b.order)
		.map((block) => ({
			key: block.key,
			titleKey: block.titleKey,
			filtered: block.filtered,
			areaFiltered: block.areaFiltered ?? false,
			figures: block.figures.map((figure) => {
				const shown = showFigure(figure.value, figure.people);
				const before = earlier.get(figure.key);
				return {
					key: figure.key,
					labelKey: figure.labelKey,
					text: shown.text,
					value: shown.value,
					previousText: before?.text ?? null,
					previousValue: before?.value ?? null
				};
			}),
			tables: block.tables.map(showTable)
		}));
}
