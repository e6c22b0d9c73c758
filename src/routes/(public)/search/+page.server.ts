import type { PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { manifests } from '#lib/modules/registry.server.ts';
import { searchEverything } from '#lib/modules/search/queries.server.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { db, databaseKind } = await getRuntime();
	const raw = url.searchParams.get('q') ?? '';
	const result = locals.office
		? await searchEverything(db, locals.office.id, raw, manifests, { databaseKind })
		: { query: raw, hits: [], isTooShort: false };
	return { ...result, hits: result.hits.map(({ date, ...hit }) => ({ ...hit, date: date?.toISOString() ?? null })) };
};
