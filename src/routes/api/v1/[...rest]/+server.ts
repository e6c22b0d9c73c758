import type { RequestHandler } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { manifests } from '#lib/modules/registry.server.ts';
import { answerApi } from '#lib/modules/open-data/api.server.ts';
import { apiError } from '#lib/modules/open-data/http.server.ts';

/** The read-only public API: /api/v1, /api/v1/openapi.json, /api/v1/{dataset} (decision 0025). */
const answer: RequestHandler = async ({ locals, request, params, getClientAddress }) => {
	if (!locals.office) return apiError(404, 'not_found', 'This site has no office yet.');
	const { db } = await getRuntime();
	return answerApi(
		{ db, office: locals.office, modules: manifests, request, clientAddress: getClientAddress() },
		params.rest
	);
};

export const GET = answer;
export const OPTIONS = answer;
export const fallback = answer;
