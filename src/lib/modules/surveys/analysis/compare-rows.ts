// The rows of a year-over-year table: one per option, statement or ranked item, a cell per year.
import type { QuestionSummary } from './queries.server.ts';

export interface ComparisonCell {
	kind: 'percent' | 'decimal';
	value: number | null;
}

/** Percentages of choices, means of matrix statements and numbers, average ranks, per year. */
export function comparisonRows(summaries: QuestionSummary[]): { code: string; cells: ComparisonCell[] }[] {
	const codes = new Set<string>();
	for (const summary of summaries) {
		if (summary.type === 'choice') summary.options.forEach((option) => codes.add(option.value));
		else if (summary.type === 'matrix') summary.statements.forEach((statement) => codes.add(statement.value));
		else if (summary.type === 'ranking') summary.items.forEach((item) => codes.add(item.value));
		else if (summary.type === 'numeric') codes.add('__mean');
	}
	return [...codes].map((code) => ({
		code,
		cells: summaries.map((summary): ComparisonCell => {
			if (summary.type === 'choice')
				return { kind: 'percent', value: summary.options.find((option) => option.value === code)?.percent ?? 0 };
			if (summary.type === 'matrix')
				return { kind: 'decimal', value: summary.statements.find((entry) => entry.value === code)?.mean ?? null };
			if (summary.type === 'ranking')
				return { kind: 'decimal', value: summary.items.find((entry) => entry.value === code)?.averagePosition ?? null };
			if (summary.type === 'numeric') return { kind: 'decimal', value: summary.mean };
			return { kind: 'decimal', value: null };
		})
	}));
}
