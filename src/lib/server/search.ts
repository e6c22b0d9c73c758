// The one way modules search their records: ranked Serbian full-text search over the folded text,
// plus trigram similarity so that typos and partial words still find something.
import { sql, type SQL, type AnyColumn } from 'drizzle-orm';

/** The folded query as a full-text query; websearch syntax tolerates anything a person types. */
function tsQuery(folded: string): SQL {
	return sql`websearch_to_tsquery('serbian'::regconfig, ${folded})`;
}

/** Rows whose text matches the folded query by words, by similarity, or as a substring. */
export function matchesSearch(vector: AnyColumn, key: AnyColumn, folded: string): SQL {
	const pattern = `%${folded.replace(/[%_\\]/g, '')}%`;
	// Each alternative is one the GIN indexes answer (tsvector, and trigrams for LIKE and <%), so the
	// database never has to compare the query with every row's text.
	return sql`(${vector} @@ ${tsQuery(folded)} OR ${key} LIKE ${pattern} OR ${folded} <% ${key})`;
}

/** A relevance score: full-text rank first, trigram word similarity as the tie-breaker. */
export function searchRank(vector: AnyColumn, key: AnyColumn, folded: string): SQL<number> {
	// Similarity is measured on the start of the key, which is the title (the search columns list the
	// title first): it rewards title matches and stays cheap on long articles.
	return sql<number>`(ts_rank_cd(${vector}, ${tsQuery(folded)}) * 2 + word_similarity(${folded}, left(${key}, 160)))::float8`;
}
