import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { requireAccess } from '#lib/server/actor.ts';
import { canViewOfficeStatistics } from '#lib/modules/reports/permissions.server.ts';
import { readStatisticsRequest } from '#lib/modules/reports/inputs.ts';
import { exportOfficeStatistics } from '#lib/modules/reports/commands/export-statistics.server.ts';

/** The office's statistics, with the page's period and programme, as CSV or XLSX; every download is audited. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	requireAccess(locals.actor, canViewOfficeStatistics);
	if (params.format !== 'csv' && params.format !== 'xlsx') error(404, 'error.404.text');
	const request = readStatisticsRequest(url.searchParams, new Date());
	if (!request.ok) error(400, request.message);
	try {
		const file = await exportOfficeStatistics(await contextFor(locals), {
			filter: request.filter,
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
