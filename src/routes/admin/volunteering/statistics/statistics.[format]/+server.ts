import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { contextFor } from '#lib/server/request-context.ts';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { exportVolunteeringStatistics } from '#lib/modules/volunteering/commands/export-statistics.server.ts';
import { requireAccess } from '#lib/server/actor.ts';

/** The year's statistics as CSV or XLSX for staff, small groups hidden; every download is audited. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	requireAccess(locals.actor);
	if (params.format !== 'csv' && params.format !== 'xlsx') error(404, 'error.404.text');
	const thisYear = new Date().getFullYear();
	const asked = Number(url.searchParams.get('year'));
	const year = Number.isInteger(asked) && asked >= 2000 && asked <= thisYear ? asked : thisYear;
	try {
		const file = await exportVolunteeringStatistics(await contextFor(locals), {
			year,
			format: params.format,
			locale: locals.locale,
			keepLatin: locals.office?.keepLatin ?? []
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
