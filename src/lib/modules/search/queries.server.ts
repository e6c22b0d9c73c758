import type { Database } from '../../server/db/client.ts';
import type { ModuleManifest, SearchHit } from '../../server/manifest.ts';
import { bySearchOrder, runSearchStatements, searchStatementsMode } from '../../server/search.ts';
import { searchKey } from '../../i18n/script.ts';

export const MIN_QUERY_LENGTH = 2;
const MAX_QUERY_LENGTH = 200;

/**
 * Searches every module that offers search, in either script and with or without diacritics, and
 * merges the results by relevance. Only public records come back (each module guarantees that).
 * The modules that search in one select send it, folded into one statement on PGlite and side by
 * side on PostgreSQL (`databaseKind`, decision 0043); the few that rank in code run their own hook
 * beside them. Either way the hits come in bySearchOrder(), modules in the registry's order.
 */
export async function searchEverything(
	db: Database,
	officeId: string,
	rawQuery: string,
	modules: readonly ModuleManifest[],
	{ databaseKind, limit = 40 }: { databaseKind: 'pglite' | 'postgres'; limit?: number }
): Promise<{ query: string; hits: SearchHit[]; isTooShort: boolean }> {
	const query = rawQuery.trim().slice(0, MAX_QUERY_LENGTH);
	const folded = searchKey(query);
	if (folded.replace(/ /g, '').length < MIN_QUERY_LENGTH) return { query, hits: [], isTooShort: query.length > 0 };
	const searching = modules.filter((module) => module.searchStatement || module.search);
	const folding = searching.flatMap((module, index) => (module.searchStatement ? [index] : []));
	const statements = folding.map((index) => searching[index].searchStatement!(db, officeId, folded, limit));
	const [foldedHits, ...perModule] = await Promise.all([
		runSearchStatements(db, statements, limit, searchStatementsMode(databaseKind)),
		...searching.map((module) =>
			module.searchStatement ? Promise.resolve([]) : module.search!(db, officeId, folded, limit)
		)
	]);
	const hits = [
		...foldedHits.map(({ hit, statement }) => ({ hit, statement: folding[statement] })),
		...perModule.flatMap((moduleHits, statement) => moduleHits.map((hit) => ({ hit, statement })))
	]
		.sort(bySearchOrder)
		.slice(0, limit)
		.map(({ hit }) => hit);
	return { query, hits, isTooShort: false };
}
