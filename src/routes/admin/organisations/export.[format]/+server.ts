import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { exportOrganisationsForStaff } from '#lib/modules/organisations/commands/export-organisations.server.ts';
import { requireAccess } from '#lib/server/actor.ts';

/** The whole directory for staff as CSV or XLSX, every field; each download goes to the audit log. */
export const GET: RequestHandler = async ({ locals, params }) => {
	requireAccess(locals.actor);
	if (params.format !== 'csv' && params.format !== 'xlsx') error(404, 'error.404.text');
	try {
		const file = await exportOrganisationsForStaff(await contextFor(locals), {
			format: params.format,
			locale: locals.locale
		});
		return new Response(file.body as BodyInit, {
			headers: {
				'content-type': file.contentType,
				'content-disposition': `attachment; filename="${file.filename}"`,
				'cache-control': 'private, no-store'
			}
		});
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
