import { asc, desc, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { readSort, type SortState } from '../ui/data-table.ts';

/** The address's query (a URLSearchParams or SvelteKit's read-only page.url.searchParams). */
type QueryParams = { get(name: string): string | null; toString(): string };

/** A list's sortable columns: the `?sort=` value and the column or expression the query orders by. */
export type SortColumns = Readonly<Record<string, AnyColumn | SQL>>;

/**
 * The sort asked for in the address (?sort=column&dir=asc|desc), when it names one of the list's
 * whitelisted columns; null otherwise (no sort, an unknown column), so the list keeps its default order.
 * A direction other than `desc` reads as ascending.
 */
export function listSortOf(params: QueryParams, columns: SortColumns): SortState | null {
	return readSort(params, Object.keys(columns));
}

/**
 * The ORDER BY for a list: the chosen column in the chosen direction (empty values last either way),
 * or the list's default order when nothing (or nothing known) was asked for. `tieBreak` (usually the
 * id) keeps pages stable when values repeat.
 */
export function orderOf(
	sort: SortState | null,
	columns: SortColumns,
	fallback: readonly SQL[],
	tieBreak: readonly SQL[] = []
): SQL[] {
	const column = sort && Object.hasOwn(columns, sort.column) ? columns[sort.column] : undefined;
	if (!sort || !column) return [...fallback, ...tieBreak];
	const ordered = sort.direction === 'desc' ? desc(column) : asc(column);
	return [sql`${ordered} NULLS LAST`, ...tieBreak];
}

/**
 * A status column as the reader sees it: its states in a defined order (`states`, e.g. draft before
 * published before closed) instead of the alphabetical order of their codes. A value not in the list
 * comes after the listed ones. The positions are literal numbers, so the CASE compares as integers.
 */
export function stateOrder(column: AnyColumn | SQL, states: readonly string[]): SQL {
	const positions = states.map((state, index) => sql`WHEN ${state} THEN ${sql.raw(String(index))}`);
	return sql`(CASE ${column} ${sql.join(positions, sql` `)} ELSE ${sql.raw(String(states.length))} END)`;
}
