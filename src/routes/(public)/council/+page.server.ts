import type { PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import {
	listPublicBodies,
	listPublicDecisions,
	listPublicMinutes,
	searchCouncilArchive
} from '#lib/modules/council/queries.server.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const query = (url.searchParams.get('q') ?? '').trim().slice(0, 200);
	const officeId = locals.office?.id;
	if (!officeId) return { bodies: [], minutes: [], decisions: [], query, results: null };
	const { db } = await getRuntime();
	return {
		bodies: await listPublicBodies(db, officeId),
		minutes: await listPublicMinutes(db, officeId),
		decisions: await listPublicDecisions(db, officeId, { limit: 30 }),
		query,
		results: query ? await searchCouncilArchive(db, officeId, query) : null
	};
};
