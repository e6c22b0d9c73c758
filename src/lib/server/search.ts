// The one way modules search their records, in two steps so that a query matching thousands of rows
// stays fast: first a capped set of candidates found through the GIN indexes and ordered by a cheap
// score (query words at the start of the text, which is the title, then the newest); then the exact
// relevance (Serbian full-text rank plus trigram similarity of the title) on those few hundred only.
import { and, desc, sql, type SQL, type AnyColumn } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from './db/client.ts';

/** How many candidates the exact ranking looks at. Enough for every title match of a typical query. */
export const SEARCH_CANDIDATES = 200;
/** The start of the search key: the title (the search columns list it first) and a little more. */
const LEAD_LENGTH = 160;
/** The highest number of words of a query that take part in matching. */
const MAX_TERMS = 8;

/** The words of a folded query, letters and digits only, so they are safe inside a tsquery. */
export function searchTerms(folded: string): string[] {
	return folded
		.split(' ')
		.filter((term) => /^[\p{L}\p{N}]+$/u.test(term))
		.slice(0, MAX_TERMS);
}

/**
 * The beginning of a word that still matches when the rest is mistyped or inflected differently:
 * "omladinki" keeps "omladin", "sumadja" keeps "sumad"; words of up to four letters stay whole.
 */
export function termPrefix(term: string): string {
	return term.length <= 4 ? term : term.slice(0, term.length - Math.max(1, Math.floor(term.length * 0.3)));
}

/** The folded query as a full-text query; websearch syntax tolerates anything a person types. */
function tsQuery(folded: string): SQL {
	return sql`websearch_to_tsquery('serbian'::regconfig, ${folded})`;
}

/** Every word by its beginning ('omladin':* & 'klub':*); the GIN index answers prefix queries. */
function prefixQuery(terms: string[], operator: '&' | '|'): SQL {
	const text = terms.map((term) => `${termPrefix(term)}:*`).join(` ${operator} `);
	return sql`to_tsquery('serbian'::regconfig, ${text})`;
}

/**
 * Rows holding every word of a folded query (by its beginning) or the whole query as a substring:
 * both answered by the GIN indexes. Back-office lists filter with it; public search ranks on top.
 */
export function matchesSearch(vector: AnyColumn, key: AnyColumn, folded: string): SQL {
	const terms = searchTerms(folded);
	const pattern = `%${folded.replace(/[%_\\]/g, '')}%`;
	if (terms.length === 0) return sql`${key} LIKE ${pattern}`;
	return sql`(${vector} @@ ${prefixQuery(terms, '&')} OR ${key} LIKE ${pattern})`;
}

export interface SearchSource {
	table: PgTable;
	id: PgColumn;
	searchVector: PgColumn;
	searchKey: PgColumn;
	/** Among candidates that match equally well at the start, the newest are kept. */
	newest: PgColumn;
	/** Which rows may be found at all: the office and the module's "is public" rule. */
	where: SQL | undefined;
}

/**
 * The ids of at most SEARCH_CANDIDATES rows matching a folded query, best candidates first. Rows
 * match when they hold every word (by its beginning, so endings and typos at the end still match) or
 * the query as a substring. When that finds fewer than `wanted`, rows holding any of the words fill
 * up the list (they rank lower); when nothing matches at all, titles similar by trigrams (a typo
 * early in a word) are looked for, a pass that reads titles only so that it stays cheap.
 */
export async function findSearchCandidates(
	db: Database,
	source: SearchSource,
	folded: string,
	wanted: number
): Promise<string[]> {
	const terms = searchTerms(folded);
	if (terms.length === 0) return [];
	const lead = sql`left(${source.searchKey}, ${LEAD_LENGTH})`;
	// How many of the words appear at the start: a title match outranks a mention deep in the text.
	const leadHits = sql.join(
		terms.map((term) => sql`(strpos(${lead}, ${termPrefix(term)}) > 0)::int`),
		sql` + `
	);
	const find = async (match: SQL) =>
		(
			await db
				.select({ id: source.id })
				.from(source.table)
				.where(and(source.where, match))
				.orderBy(desc(leadHits), desc(source.newest))
				.limit(SEARCH_CANDIDATES)
		).map((row) => String(row.id));
	const strict = await find(matchesSearch(source.searchVector, source.searchKey, folded));
	if (strict.length >= wanted) return strict;
	const loose = terms.length > 1 ? await find(sql`${source.searchVector} @@ ${prefixQuery(terms, '|')}`) : [];
	const found = [...new Set([...strict, ...loose])].slice(0, SEARCH_CANDIDATES);
	if (found.length > 0) return found;
	return find(sql`word_similarity(${folded}, ${lead}) >= 0.5`);
}

/** A relevance score: full-text rank first, trigram word similarity as the tie-breaker. */
export function searchRank(vector: AnyColumn, key: AnyColumn, folded: string): SQL<number> {
	// Similarity is measured on the start of the key, which is the title (the search columns list the
	// title first): it rewards title matches and stays cheap on long articles.
	return sql<number>`(ts_rank_cd(${vector}, ${tsQuery(folded)}) * 2 + word_similarity(${folded}, left(${key}, ${LEAD_LENGTH})))::float8`;
}
