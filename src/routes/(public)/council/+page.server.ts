import type { PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { listPublicBodies, listPublicDecisions } from '#lib/modules/council/queries.server.ts';

export const load: PageServerLoad = async ({ locals }) => {
	const officeId = locals.office?.id;
	if (!officeId) return { bodies: [], decisions: [] };
	const { db } = await getRuntime();
	return {
		bodies: await listPublicBodies(db, officeId),
		decisions: await listPublicDecisions(db, officeId, { limit: 30 })
	};
};
