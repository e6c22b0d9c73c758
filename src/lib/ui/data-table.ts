import { collator as cachedCollator } from '../i18n/formatters.ts';
/** The address's query (SvelteKit's page.url.searchParams is read-only). */
type QueryParams = { get(name: string): string | null; toString(): string };

/** How a list is sorted, as read from and written to its address (?sort=column&dir=desc). */
export interface SortState {
	column: string;
	direction: 'asc' | 'desc';
}

/** The sort asked for in the address, when it names one of the sortable columns. */
export function readSort(params: QueryParams, sortable: readonly string[]): SortState | null {
	const column = params.get('sort');
	if (!column || !sortable.includes(column)) return null;
	return { column, direction: params.get('dir') === 'desc' ? 'desc' : 'asc' };
}

/**
 * The address of a column heading's link: sorting by that column ascending, or descending when it is
 * already sorted ascending. Other parameters (the filters) are kept; the page number is dropped.
 */
export function sortHref(params: QueryParams, column: string, current: SortState | null): string {
	const next = new URLSearchParams(params.toString());
	next.delete('page');
	next.set('sort', column);
	next.set('dir', current?.column === column && current.direction === 'asc' ? 'desc' : 'asc');
	return `?${next}`;
}

/** Rows sorted by a column's value (numbers as numbers, text by the locale's collation), nulls last. */
export function sortRows<T>(
	rows: readonly T[],
	value: (row: T) => string | number | Date | null,
	direction: 'asc' | 'desc',
	locale: string
): T[] {
	const collator = cachedCollator(locale, { numeric: true, sensitivity: 'base' });
	const sign = direction === 'asc' ? 1 : -1;
	return [...rows].sort((a, b) => {
		const left = value(a);
		const right = value(b);
		if (left === null || right === null) return left === right ? 0 : left === null ? 1 : -1;
		if (typeof left === 'string' && typeof right === 'string') return sign * collator.compare(left, right);
		return sign * (Number(left) - Number(right));
	});
}

/** The query string with one parameter set (or removed, with null), for links that keep the rest of the address. */
export function withParam(search: string, name: string, value: string | null): string {
	const params = new URLSearchParams(search);
	if (value === null) params.delete(name);
	else params.set(name, value);
	const query = params.toString();
	return query ? `?${query}` : '';
}
