import type { Database } from '../../server/db/client.ts';
import type { ModuleManifest, SearchHit } from '../../server/manifest.ts';
import { runSearchStatements } from '../../server/search.ts';
import { searchKey } from '../../i18n/script.ts';

export const MIN_QUERY_LENGTH = 2;
const MAX_QUERY_LENGTH = 200;

/** Best first: relevance, then the newest, then the module's place in the registry. */
function byRelevance(a: { hit: SearchHit; module: number }, b: { hit: SearchHit; module: number }): number {
	return b.hit.rank - a.hit.rank || (b.hit.date?.getTime() ?? 0) - (a.hit.date?.getTime() ?? 0) || a.module - b.module;
}

/**
 * Searches every module that offers search, in either script and with or without diacritics, and
 * merges the results by relevance. Only public records come back (each module guarantees that).
 * The modules that search in one select are folded into one statement (decision 0043); the few
 * that rank in code run their own hook beside it.
 */
export async function searchEverything(
	db: Database,
	officeId: string,
	rawQuery: string,
	modules: readonly ModuleManifest[],
	limit = 40
): Promise<{ query: string; hits: SearchHit[]; isTooShort: boolean }> {
	const query = rawQuery.trim().slice(0, MAX_QUERY_LENGTH);
	const folded = searchKey(query);
	if (folded.replace(/ /g, '').length < MIN_QUERY_LENGTH) return { query, hits: [], isTooShort: query.length > 0 };
	const searching = modules.filter((module) => module.searchStatement || module.search);
	const folding = searching.flatMap((module, index) => (module.searchStatement ? [index] : []));
	const statements = folding.map((index) => searching[index].searchStatement!(db, officeId, folded, limit));
	const [foldedHits, ...perModule] = await Promise.all([
		runSearchStatements(db, statements, limit),
		...searching.map((module) =>
			module.searchStatement ? Promise.resolve([]) : module.search!(db, officeId, folded, limit)
		)
	]);
	const hits = [
		...foldedHits.map(({ hit, statement }) => ({ hit, module: folding[statement] })),
		...perModule.flatMap((moduleHits, module) => moduleHits.map((hit) => ({ hit, module })))
	]
		.sort(byRelevance)
		.slice(0, limit)
		.map(({ hit }) => hit);
	return { query, hits, isTooShort: false };
}
