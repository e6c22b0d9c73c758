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
	return sql`(${vector} @@ ${tsQuery(folded)} OR ${key} LIKE ${pattern} OR word_similarity(${folded}, ${key}) > 0.45)`;
}

/** A relevance score: full-text rank first, trigram word similarity as the tie-breaker. */
export function searchRank(vector: AnyColumn, key: AnyColumn, folded: string): SQL<number> {
	return sql<number>`(ts_rank_cd(${vector}, ${tsQuery(folded)}) * 2 + word_similarity(${folded}, ${key}))::float8`;
}
