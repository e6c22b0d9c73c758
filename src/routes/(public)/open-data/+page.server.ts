import type { PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { manifests } from '#lib/modules/registry.server.ts';
import { listOpenDatasets } from '#lib/modules/open-data/page.server.ts';

export const load: PageServerLoad = async ({ locals }) => {
	if (!locals.office) return { openData: null };
	const { db } = await getRuntime();
	return { openData: await listOpenDatasets(db, locals.office, manifests, locals.locale) };
};
