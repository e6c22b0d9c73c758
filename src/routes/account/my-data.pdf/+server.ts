import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { manifests } from '#lib/modules/registry.server.ts';
import { getMyPersonalData } from '#lib/modules/privacy/queries.server.ts';
import { buildPersonalDataPdf } from '#lib/modules/privacy/export-pdf.server.ts';

/** "Download my data": everything the office holds about the signed-in person, as a readable PDF. */
export const GET: RequestHandler = async ({ locals }) => {
	if (!locals.actor) redirect(303, localizePath('/sign-in?next=%2Faccount%2Fmy-data', locals.locale));
	try {
		const data = await getMyPersonalData(await contextFor(locals), manifests);
		const pdf = await buildPersonalDataPdf(data, { locale: locals.locale, officeName: locals.office?.name ?? '' });
		return new Response(pdf.body as BodyInit, {
			headers: {
				'content-type': 'application/pdf',
				'content-disposition': `attachment; filename="${pdf.filename}"`,
				'cache-control': 'private, no-store'
			}
		});
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
