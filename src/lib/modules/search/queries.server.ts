import type { Database } from '../../server/db/client.ts';
import type { ModuleManifest, SearchHit } from '../../server/manifest.ts';
import { searchKey } from '../../i18n/script.ts';

export const MIN_QUERY_LENGTH = 2;
const MAX_QUERY_LENGTH = 200;

/**
 * Searches every module that offers search, in either script and with or without diacritics, and
 * merges the results by relevance. Only public records come back (each module guarantees that).
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
	const perModule = await Promise.all(
		modules.filter((module) => module.search).map((module) => module.search!(db, officeId, folded, limit))
	);
	const hits = perModule
		.flat()
		.sort((a, b) => b.rank - a.rank || (b.date?.getTime() ?? 0) - (a.date?.getTime() ?? 0))
		.slice(0, limit);
	return { query, hits, isTooShort: false };
}
