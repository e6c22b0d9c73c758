import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { getPublicNeedsSummary } from '#lib/modules/surveys/analysis/research-queries.server.ts';

/** A year's needs summary, when the coordinator made it public, with the plan goals that answer it. */
export const load: PageServerLoad = async ({ locals, params }) => {
	const { db } = await getRuntime();
	const officeId = locals.office?.id;
	const year = Number(params.year);
	if (!officeId || !/^\d{4}$/.test(params.year)) error(404, 'error.404.text');
	const summary = await getPublicNeedsSummary(db, officeId, year);
	if (!summary) error(404, 'error.404.text');
	return { summary };
};
