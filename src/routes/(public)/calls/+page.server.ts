import type { PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { listPublicCalls } from '#lib/modules/calls/queries.server.ts';

export const load: PageServerLoad = async ({ locals }) => {
	const now = new Date();
	if (!locals.office) return { calls: [], now };
	const { db } = await getRuntime();
	return { calls: await listPublicCalls(db, locals.office.id, now), now };
};
