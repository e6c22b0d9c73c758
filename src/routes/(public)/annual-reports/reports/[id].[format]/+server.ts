import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { exportFormatOf } from '#lib/export/model.ts';
import { exportHeaders } from '#lib/modules/action-plan/export/exports.server.ts';
import { exportPublishedTemplateReport } from '#lib/modules/reports/template-document.server.ts';

/** A published report made from a template (its frozen copy) as PDF, DOCX or XLSX, in the address's language. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const format = exportFormatOf(params.format);
	if (!format || !locals.office) error(404, 'error.404.text');
	const { db } = await getRuntime();
	try {
		const file = await exportPublishedTemplateReport(db, locals.office.id, {
			id: params.id,
			format,
			locale: locals.locale
		});
		return new Response(file.body as BodyInit, { headers: exportHeaders(file, { isPublic: true }) });
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
