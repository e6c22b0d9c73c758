// The fields of one row of a RowEditor as FieldList specs: each named `<prefix>[<index>].<field>` (the
// shape the form readers parse) and filled from the saved row, or empty on a blank one.
import type { FieldSpec } from './FieldList.svelte';

/** One field of a row: its key in the row instead of a name and a value. */
export type RowFieldSpec<Row> = Omit<FieldSpec, 'name' | 'value'> & { field: keyof Row & string };

/** Names and fills `fields` for row `index` of the list `prefix`. */
export function rowFields<Row>(
	prefix: string,
	index: number,
	row: Row | null,
	fields: readonly RowFieldSpec<Row>[]
): FieldSpec[] {
	return fields.map(({ field, ...spec }) => ({
		...spec,
		name: `${prefix}[${index}].${field}`,
		value: row ? String(row[field] ?? '') : ''
	}));
}
