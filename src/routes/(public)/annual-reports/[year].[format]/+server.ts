import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { exportFormatOf } from '#lib/export/model.ts';
import { exportHeaders } from '#lib/modules/action-plan/export/exports.server.ts';
import { readReportYear } from '#lib/modules/reports/inputs.ts';
import { exportPublishedAnnualReport } from '#lib/modules/reports/annual-document.server.ts';

/** A published annual report (its frozen copy) as PDF, DOCX or XLSX, in the language and script of the address. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const format = exportFormatOf(params.format);
	const year = readReportYear(params.year);
	if (!format || year === null || !locals.office) error(404, 'error.404.text');
	const { db } = await getRuntime();
	try {
		const file = await exportPublishedAnnualReport(db, locals.office.id, { year, format, locale: locals.locale });
		return new Response(file.body as BodyInit, { headers: exportHeaders(file, { isPublic: true }) });
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
