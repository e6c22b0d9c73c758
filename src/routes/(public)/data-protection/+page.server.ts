import type { PageServerLoad } from './$types';
import { contextFor } from '#lib/server/request-context.ts';
import { getRetentionPeriods } from '#lib/modules/privacy/queries.server.ts';

export const load: PageServerLoad = async ({ locals }) => {
	const ctx = await contextFor(locals);
	return { retention: await getRetentionPeriods(ctx.db, ctx.officeId) };
};
