// The one way modules search their records, in one statement per module so that a query matching
// thousands of rows stays fast: a capped set of candidates (title matches, then any match, newest
// first along an index) and, on those few hundred only, the exact relevance (Serbian full-text rank
// plus trigram similarity of the title). Decisions 0029 and 0043 have the plans and the measurements.
import { and, desc, sql, type SQL, type AnyColumn, type SQLWrapper } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from './db/client.ts';
import type { SearchHit, SearchStatement } from './manifest.ts';

/**
 * How many title matches the exact ranking looks at (and half as many other matches): enough for a
 * typical query, few enough that ranking long texts stays cheap.
 */
export const SEARCH_CANDIDATES = 100;
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
	/** The start of the key kept in the row (`searchLeadColumn`): title matches are told by it. */
	searchLead: PgColumn;
	/** Among candidates that match equally well, the newest are kept; an index on it lets them come first. */
	newest: PgColumn;
	/** Which rows may be found at all: the office and the module's "is public" rule. */
	where: SQL | undefined;
}

/**
 * The condition that a row is among those a folded query may find, for a module's ranked select, so
 * that its search is one statement: candidates and their exact ranking together. Null when the query
 * has no word to look for.
 *
 * Candidates are the newest SEARCH_CANDIDATES rows holding every word in the title (the lead, kept in
 * the row); while there are fewer than that, up to half as many of the newest rows holding every word
 * anywhere (by its beginning, so endings and typos at the end still match). Newest first, so that a query matching
 * thousands of rows reads a few hundred along an index instead of every match. When that finds fewer
 * than `wanted`, rows holding the query as a substring or any of its words fill up the list; when
 * nothing matches at all, titles similar by trigrams (a typo early in a word) are looked for. A later
 * pass runs only when the earlier found too little (PostgreSQL evaluates the count once and skips the
 * scan otherwise). The ids are collected into an array first so that the ranked select fetches those
 * rows by primary key, whatever the planner guesses about the match.
 */
export function searchCandidates(source: SearchSource, folded: string, wanted: number): SQL | null {
	const terms = searchTerms(folded);
	if (terms.length === 0) return null;
	const { table, id, searchVector, searchKey, searchLead, newest } = source;
	const where = source.where ?? sql`true`;
	const leadHasEvery = sql.join(
		terms.map((term) => sql`${searchLead} LIKE ${`%${termPrefix(term)}%`}`),
		sql` AND `
	);
	const pattern = `%${folded.replace(/[%_\\]/g, '')}%`;
	const cap = SEARCH_CANDIDATES;
	const fewerThanWanted = sql`(SELECT count(*) FROM kzm_strict) < ${wanted}`;
	return sql`${id} = ANY(ARRAY(WITH kzm_title AS (
			SELECT ${id} FROM ${table} WHERE ${where} AND ${leadHasEvery} ORDER BY ${newest} DESC LIMIT ${cap}
		), kzm_strict AS (
			SELECT * FROM kzm_title
			UNION (SELECT ${id} FROM ${table} WHERE (SELECT count(*) FROM kzm_title) < ${cap} AND ${where}
				AND ${searchVector} @@ ${prefixQuery(terms, '&')}
				ORDER BY ${newest} DESC LIMIT ${Math.round(cap / 2)})
		), kzm_loose AS (
			(SELECT ${id} FROM ${table} WHERE ${fewerThanWanted} AND ${where} AND ${searchKey} LIKE ${pattern}
				ORDER BY ${newest} DESC LIMIT ${cap})
			UNION (SELECT ${id} FROM ${table} WHERE ${fewerThanWanted} AND ${where}
				AND ${searchVector} @@ ${prefixQuery(terms, '|')} ORDER BY ${newest} DESC LIMIT ${cap})
		)
		SELECT * FROM kzm_strict UNION SELECT * FROM kzm_loose
		UNION (SELECT ${id} FROM ${table} WHERE NOT EXISTS (SELECT 1 FROM kzm_strict) AND NOT EXISTS (SELECT 1 FROM kzm_loose)
			AND ${where} AND word_similarity(${folded}, ${searchLead}) >= 0.5 ORDER BY ${newest} DESC LIMIT ${cap})))`;
}

/**
 * How much of the lead the similarity part of the rank reads: the title (listed first in every
 * table's search columns). word_similarity() costs about the square of its text's length, so the
 * whole 160-letter lead made it most of a search's time (decision 0043).
 */
export const SEARCH_SIMILARITY_LENGTH = 80;

/**
 * A relevance score: full-text rank first, trigram word similarity with the title as the
 * tie-breaker. Pass the table's `search_lead` column as `lead` where it has one: the same text, read
 * without unpacking the whole key.
 */
export function searchRank(vector: AnyColumn, key: AnyColumn, folded: string, lead?: AnyColumn): SQL<number> {
	// Similarity is measured on the start of the key, which is the title (the search columns list the
	// title first): it rewards title matches and stays cheap on long articles.
	const title = sql`left(${lead ?? key}, ${SEARCH_SIMILARITY_LENGTH})`;
	return sql<number>`(ts_rank_cd(${vector}, ${tsQuery(folded)}) * 2 + word_similarity(${folded}, ${title}))::float8`;
}

/** What one module's search statement selects for each hit, as columns or expressions of its table. */
export interface SearchHitSources {
	title: SQLWrapper;
	/** The English title; `sql\`''\`` where the records have none. */
	titleEn: SQLWrapper;
	/** What the summary is made from (the statement's `summarise`, or shown as it is). */
	snippet: SQLWrapper;
	snippetEn: SQLWrapper;
	/** The public address: a fixed start and the record's slug or id. */
	path: { prefix: string; key: SQLWrapper };
	rank: SQL<number>;
	/** The date shown and the tie-breaker between equal ranks (newest first); null where records have none. */
	date: SQLWrapper | null;
}

/**
 * The columns of a module's search select, named and ordered alike in every module so that the
 * site search can fold them into one UNION ALL. Dates travel as milliseconds since 1970, floored,
 * which is what a Date holds and compares.
 */
export function searchHitColumns(sources: SearchHitSources) {
	const date = sources.date ? sql`floor(extract(epoch from ${sources.date}) * 1000)::float8` : sql`null::float8`;
	return {
		title: sql<string>`${sources.title}`.as('hit_title'),
		titleEn: sql<string>`${sources.titleEn}`.as('hit_title_en'),
		snippet: sql<string>`${sources.snippet}`.as('hit_snippet'),
		snippetEn: sql<string>`${sources.snippetEn}`.as('hit_snippet_en'),
		path: sql<string>`${sources.path.prefix}::text || ${sources.path.key}::text`.as('hit_path'),
		rank: sql<number>`${sources.rank}`.as('hit_rank'),
		date: sql<number | null>`${date}`.as('hit_date')
	};
}

/**
 * A module's search as the statement the site search folds (the `searchStatement` hook): the
 * candidates of `source` for a folded query, ranked by searchRank(), best first (then `tieBreak`),
 * at most `limit`, as `hit` names their columns. Null when the query has no word to look for.
 */
export function rankedSearchStatement(
	db: Database,
	source: SearchSource,
	query: string,
	limit: number,
	hit: {
		kindKey: string;
		columns: Omit<SearchHitSources, 'rank'>;
		summarise?: (snippet: string) => string;
		tieBreak?: SQL;
	}
): SearchStatement | null {
	const candidates = searchCandidates(source, query, limit);
	if (!candidates) return null;
	const rank = searchRank(source.searchVector, source.searchKey, query, source.searchLead);
	const select = db
		.select(searchHitColumns({ ...hit.columns, rank }))
		.from(source.table)
		.where(and(source.where, candidates))
		.orderBy(desc(rank), ...(hit.tieBreak ? [hit.tieBreak] : []))
		.limit(limit);
	return { kindKey: hit.kindKey, select, summarise: hit.summarise };
}

/** A hit and the position of the statement (among those given) that found it. */
export interface FoldedSearchHit {
	hit: SearchHit;
	statement: number;
}

/**
 * The order of the site search's hits: the best rank first, then the newest (no date counts as
 * 1970), then the position of the statement (or module) that found them. The folded statement's
 * ORDER BY says the same in SQL; the hits of statements run side by side are merged with it.
 */
export function bySearchOrder(a: FoldedSearchHit, b: FoldedSearchHit): number {
	return (
		b.hit.rank - a.hit.rank || (b.hit.date?.getTime() ?? 0) - (a.hit.date?.getTime() ?? 0) || a.statement - b.statement
	);
}

/**
 * How the site search sends its statements: on PGlite (one connection, every statement after the
 * other) folded into one, which spares the per-statement cost; on PostgreSQL side by side on the
 * pool's connections, where the fold would run its branches one after another in one backend.
 */
export type SearchStatementsMode = 'folded' | 'side by side';

export function searchStatementsMode(databaseKind: 'pglite' | 'postgres'): SearchStatementsMode {
	return databaseKind === 'postgres' ? 'side by side' : 'folded';
}

/**
 * Runs module search statements, each keeping its own order and limit, and orders their hits as
 * bySearchOrder() does, best `limit` first: as one UNION ALL statement (`folded`) or each statement
 * on its own, all at once, merged here (`side by side`). Both give the same hits in the same order
 * (hits of one statement with equal rank and date may come in either order in the fold).
 */
export async function runSearchStatements(
	db: Database,
	statements: readonly (SearchStatement | null)[],
	limit: number,
	mode: SearchStatementsMode = 'folded'
): Promise<FoldedSearchHit[]> {
	const present = statements.flatMap((statement, index) => (statement ? [{ statement, index }] : []));
	if (mode === 'folded') return runUnion(db, present, limit);
	const perStatement = await Promise.all(present.map((one) => runUnion(db, [one], limit)));
	return perStatement.flat().sort(bySearchOrder).slice(0, limit);
}

/** The given statements as one UNION ALL statement, ordered as bySearchOrder() does. */
async function runUnion(
	db: Database,
	statements: readonly { statement: SearchStatement; index: number }[],
	limit: number
): Promise<FoldedSearchHit[]> {
	if (statements.length === 0) return [];
	const branches = statements.map(
		({ statement, index }) =>
			sql`SELECT ${sql.raw(String(index))} AS hit_statement, kzm_hit.* FROM ${statement.select} AS kzm_hit`
	);
	const byIndex = new Map(statements.map(({ statement, index }) => [index, statement]));
	const result = await db.execute(
		sql`SELECT * FROM (${sql.join(branches, sql` UNION ALL `)}) AS kzm_hits
			ORDER BY hit_rank DESC, coalesce(hit_date, 0) DESC, hit_statement LIMIT ${limit}`
	);
	const rows =
		(result as unknown as { rows?: Record<string, unknown>[] }).rows ??
		(result as unknown as Record<string, unknown>[]);
	return rows.map((row) => {
		const index = Number(row.hit_statement);
		const statement = byIndex.get(index)!;
		const snippet = String(row.hit_snippet ?? '');
		const snippetEn = String(row.hit_snippet_en ?? '');
		return {
			statement: index,
			hit: {
				kindKey: statement.kindKey,
				title: String(row.hit_title),
				titleEn: String(row.hit_title_en ?? ''),
				summary: statement.summarise ? statement.summarise(snippet) : snippet,
				summaryEn: statement.summarise ? statement.summarise(snippetEn) : snippetEn,
				path: String(row.hit_path),
				rank: Number(row.hit_rank),
				date: row.hit_date === null || row.hit_date === undefined ? null : new Date(Number(row.hit_date))
			}
		};
	});
}

/** One module's search statement run alone: its hits, best first (what the module's own search returns). */
export async function runSearchStatement(db: Database, statement: SearchStatement | null, limit: number) {
	return (await runSearchStatements(db, [statement], limit)).map(({ hit }) => hit);
}
