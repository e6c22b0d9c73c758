// Decision 0043: the modules that search in one select are folded into one UNION ALL statement.
// The site search must answer exactly what running each module's search on its own and merging the
// hits in code answered (until the fold, each module's own query and mapping: this test compared
// those with the fold on both databases before they were replaced by the statements): the same hits, with the same titles, summaries, dates and ranks, in the
// same order (hits of equal rank and date may come in either order, as before). The site search
// folds them on PGlite and sends them side by side on PostgreSQL: both ways are checked here on
// whichever database the test runs on (the `databaseKind` passed forces the way).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../server/testing/db.ts';
import type { SearchHit } from '../../server/manifest.ts';
import { runSearchStatement } from '../../server/search.ts';
import { searchKey } from '../../i18n/script.ts';
import { newsArticles } from '../news/schema.ts';
import { loadDemoOffice, manifests } from '../registry.server.ts';
import { searchEverything } from './queries.server.ts';

const HOUR = 3_600_000;
let test: TestDatabase;
let officeId: string;

beforeAll(async () => {
	test = await createTestDatabase();
	officeId = (await loadDemoOffice(test.db, { publicUrl: 'http://127.0.0.1' })).officeId;
	// More title matches than a search shows, some with the same date (ties between equal ranks).
	const start = Date.now() - 500 * HOUR;
	await test.db.insert(newsArticles).values(
		Array.from({ length: 60 }, (_, index) => ({
			officeId,
			slug: `klub-${index}`,
			title: index % 3 === 0 ? `Омладински клуб ${index}` : `Вести из омладинског клуба ${index}`,
			summary: index % 2 === 0 ? '' : `Волонтери и клуб, ${index}.`,
			searchText: 'Радионице, трибине и дружење у клубу.',
			status: 'published' as const,
			publishAt: new Date(start + Math.floor(index / 4) * HOUR)
		}))
	);
}, 60_000);
afterAll(() => test.close());

/**
 * The site search as it was before the statements were folded: every module's search run on its
 * own (a statement alone, or the module's code), merged in code.
 */
async function searchModuleByModule(rawQuery: string, limit: number): Promise<SearchHit[]> {
	const folded = searchKey(rawQuery.trim().slice(0, 200));
	if (folded.replace(/ /g, '').length < 2) return [];
	const perModule = await Promise.all(
		manifests.map((module) =>
			module.searchStatement
				? runSearchStatement(test.db, module.searchStatement(test.db, officeId, folded, limit), limit)
				: (module.search?.(test.db, officeId, folded, limit) ?? [])
		)
	);
	return perModule
		.flat()
		.sort((a, b) => b.rank - a.rank || (b.date?.getTime() ?? 0) - (a.date?.getTime() ?? 0))
		.slice(0, limit);
}

const tie = (hit: SearchHit) => `${hit.rank}|${hit.date?.getTime() ?? 0}`;

/**
 * The hits grouped by rank and date, each group in one order (within a group either order was
 * right). When the list is full, which hits of the last group made the cut was arbitrary too: that
 * group is compared by its size only.
 */
function canonical(hits: SearchHit[], limit: number) {
	const groups: SearchHit[][] = [];
	for (const hit of hits) {
		const last = groups.at(-1);
		if (last && tie(last[0]) === tie(hit)) last.push(hit);
		else groups.push([hit]);
	}
	return groups.map((group, index) =>
		index === groups.length - 1 && hits.length === limit
			? { tie: tie(group[0]), size: group.length }
			: [...group].sort((a, b) => a.path.localeCompare(b.path))
	);
}

const QUERIES = [
	'omladinski klub',
	'омладински клуб',
	'omladinki klub',
	'ОМЛАДИНСКИ',
	'volonteri',
	'волонтирање',
	'sumadija',
	'radionica',
	'mladi',
	'ivanjica',
	'klub',
	'xq',
	'zzqqxx',
	'a & | !',
	"'; --",
	'a'
];

describe('the site search, folded (PGlite) and side by side (PostgreSQL)', () => {
	it.each(QUERIES)('answers %s as the module-by-module search did', async (query) => {
		for (const limit of [40, 7]) {
			const before = canonical(await searchModuleByModule(query, limit), limit);
			for (const databaseKind of ['pglite', 'postgres'] as const) {
				const { hits } = await searchEverything(test.db, officeId, query, manifests, { databaseKind, limit });
				expect(canonical(hits, limit), databaseKind).toEqual(before);
			}
		}
	});

	it('finds hits in several modules, so the comparison covers them', async () => {
		const kinds = new Set<string>();
		for (const query of QUERIES) {
			for (const hit of (await searchEverything(test.db, officeId, query, manifests, { databaseKind: test.kind })).hits)
				kinds.add(hit.kindKey);
		}
		expect(kinds.size).toBeGreaterThanOrEqual(5);
	});
});
