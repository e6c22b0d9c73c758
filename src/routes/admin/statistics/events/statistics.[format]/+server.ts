import { error } from '@sveltejs/kit';
import { requireAccess } from '#lib/server/actor.ts';
import type { RequestHandler } from './$types';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { instantToBelgrade } from '#lib/i18n/office-time.ts';
import { readStatisticsFilter } from '#lib/modules/attendance/inputs.ts';
import { exportStatistics } from '#lib/modules/attendance/commands/export-report.server.ts';

/** The statistics page, with the same filter, as CSV or XLSX; every download is written to the audit log. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	requireAccess(locals.actor);
	if (params.format !== 'csv' && params.format !== 'xlsx') error(404, 'error.404.text');
	try {
		const file = await exportStatistics(await contextFor(locals), {
			filter: readStatisticsFilter(url.searchParams, instantToBelgrade(new Date()).date),
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
