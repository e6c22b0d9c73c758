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

/** How much of the folded text the lead keeps: the title (listed first) and a little more. */
export const SEARCH_LEAD_LENGTH = 160;

/**
 * The start of the folded text (`search_lead`), short enough to stay inside the row: search tells
 * title matches from mentions deep in a body by it without unpacking the whole key (decision 0029).
 */
export function searchLeadColumn(columns: readonly string[]) {
	return text('search_lead')
		.notNull()
		.generatedAlwaysAs(sql.raw(`left(kzm_search_key(${joined(columns)}), ${SEARCH_LEAD_LENGTH})`));
}

/** The full-text vector of the named columns (`search_vector`), Serbian stemming over the folded text. */
export function searchVectorColumn(columns: readonly string[]) {
	return tsvector('search_vector')
		.notNull()
		.generatedAlwaysAs(sql.raw(`to_tsvector('serbian'::regconfig, kzm_search_key(${joined(columns)}))`));
}
