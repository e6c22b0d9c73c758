import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { exportFormatOf } from '#lib/export/model.ts';
import { exportHeaders, exportReportForStaff } from '#lib/modules/action-plan/export/exports.server.ts';
import { requireAccess } from '#lib/server/actor.ts';

/** A monitoring report, a draft too, as PDF, DOCX or XLSX; the command checks the staff role. */
export const GET: RequestHandler = async ({ locals, params }) => {
	requireAccess(locals.actor);
	const format = exportFormatOf(params.format);
	if (!format) error(404, 'error.404.text');
	try {
		const file = await exportReportForStaff(await contextFor(locals), {
			planId: params.planId,
			reportId: params.reportId,
			format,
			locale: locals.locale
		});
		return new Response(file.body as BodyInit, { headers: exportHeaders(file, { isPublic: false }) });
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
