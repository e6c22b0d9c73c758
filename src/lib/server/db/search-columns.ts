// Generated search columns shared by every searchable table: a folded key for trigram matching
// (typos, partial words) and a tsvector for ranked full-text search. Both come from
// kzm_search_key(), so a query in either script, with or without diacritics, meets the text.
import { sql } from 'drizzle-orm';
import { customType, text } from 'drizzle-orm/pg-core';

export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

function joined(columns: readonly string[]) {
	return columns.map((column) => `coalesce("${column}", '')`).join(` || ' ' || `);
}

/** The folded text of the named columns (`search_key`), for trigram and LIKE matching. */
export function searchKeyColumn(columns: readonly string[]) {
	return text('search_key')
		.notNull()
		.generatedAlwaysAs(sql.raw(`kzm_search_key(${joined(columns)})`));
}

/** The full-text vector of the named columns (`search_vector`), Serbian stemming over the folded text. */
export function searchVectorColumn(columns: readonly string[]) {
	return tsvector('search_vector')
		.notNull()
		.generatedAlwaysAs(sql.raw(`to_tsvector('serbian'::regconfig, kzm_search_key(${joined(columns)}))`));
}
