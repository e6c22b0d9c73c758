import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { manifests } from '#lib/modules/registry.server.ts';
import { getMyPersonalData } from '#lib/modules/privacy/queries.server.ts';

/** "Download my data": everything the office holds about the signed-in person, as JSON. */
export const GET: RequestHandler = async ({ locals }) => {
	if (!locals.actor) redirect(303, localizePath('/sign-in?next=%2Faccount%2Fmy-data', locals.locale));
	try {
		const data = await getMyPersonalData(await contextFor(locals), manifests);
		return new Response(JSON.stringify(data, null, 2), {
			headers: {
				'content-type': 'application/json; charset=utf-8',
				'content-disposition': `attachment; filename="my-data-${data.generatedAt.slice(0, 10)}.json"`,
				'cache-control': 'private, no-store'
			}
		});
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
