import type { RequestHandler } from './$types';
import { error } from '@sveltejs/kit';
import { getRuntime } from '#lib/server/runtime.ts';
import { manifests } from '#lib/modules/registry.server.ts';
import { answerDownload } from '#lib/modules/open-data/api.server.ts';

/** A dataset as CSV or JSON, or the DCAT-AP catalogue (decision 0025). */
const answer: RequestHandler = async ({ locals, request, params, getClientAddress }) => {
	if (!locals.office) error(404, 'error.404.text');
	const { db } = await getRuntime();
	const response = await answerDownload(
		{
			db,
			office: locals.office,
			modules: manifests,
			request,
			clientAddress: getClientAddress(),
			locale: locals.locale
		},
		params.file
	);
	if (!response) error(404, 'error.404.text');
	return response;
};

export const GET = answer;
export const OPTIONS = answer;
