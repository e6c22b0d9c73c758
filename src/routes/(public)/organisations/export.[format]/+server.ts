import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { exportOrganisations } from '#lib/modules/organisations/commands/export-organisations.server.ts';

/** The public directory as CSV or XLSX: listed organisations, only the fields each chose to show. */
export const GET: RequestHandler = async ({ locals, params }) => {
	if ((params.format !== 'csv' && params.format !== 'xlsx') || !locals.office) error(404, 'error.404.text');
	try {
		const { db } = await getRuntime();
		const file = await exportOrganisations(db, {
			officeId: locals.office.id,
			actor: locals.actor,
			format: params.format,
			locale: locals.locale,
			publicOnly: true
		});
		return new Response(file.body as BodyInit, {
			headers: {
				'content-type': file.contentType,
				'content-disposition': `attachment; filename="${file.filename}"`,
				'cache-control': 'public, max-age=300'
			}
		});
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
