import type { PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { OPPORTUNITY_TYPES, type OpportunityType } from '#lib/modules/opportunities/schema.ts';
import {
	DEADLINE_FILTERS,
	listPublicOpportunities,
	type DeadlineFilter
} from '#lib/modules/opportunities/queries.server.ts';
import { pageParameter } from '#lib/server/request-guard.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const typeParam = url.searchParams.get('type') ?? '';
	const type = (OPPORTUNITY_TYPES as readonly string[]).includes(typeParam) ? (typeParam as OpportunityType) : null;
	const deadlineParam = url.searchParams.get('deadline') ?? '';
	const deadline = (DEADLINE_FILTERS as readonly string[]).includes(deadlineParam)
		? (deadlineParam as DeadlineFilter)
		: null;
	const page = pageParameter(url);
	const filters = { type: type ?? '', deadline: deadline ?? '' };
	if (!locals.office) return { rows: [], total: 0, page: 1, pages: 1, types: OPPORTUNITY_TYPES, ...filters };
	const { db } = await getRuntime();
	return {
		...(await listPublicOpportunities(db, locals.office.id, { type, deadline, page })),
		types: OPPORTUNITY_TYPES,
		...filters
	};
};
