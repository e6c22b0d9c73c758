import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { requireAccess } from '#lib/server/actor.ts';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { exportFormatOf } from '#lib/export/model.ts';
import { exportHeaders } from '#lib/modules/action-plan/export/exports.server.ts';
import { canManageAnnualReport } from '#lib/modules/reports/permissions.server.ts';
import { readReportYear } from '#lib/modules/reports/inputs.ts';
import { exportAnnualReportForStaff } from '#lib/modules/reports/annual-document.server.ts';

/** The year's report as PDF, DOCX or XLSX in the reader's script: the frozen copy once submitted. Audited. */
export const GET: RequestHandler = async ({ locals, params }) => {
	requireAccess(locals.actor, canManageAnnualReport);
	const format = exportFormatOf(params.format);
	const year = readReportYear(params.year);
	if (!format || year === null) error(404, 'error.404.text');
	try {
		const file = await exportAnnualReportForStaff(await contextFor(locals), { year, format, locale: locals.locale });
		return new Response(file.body as BodyInit, { headers: exportHeaders(file, { isPublic: false }) });
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
