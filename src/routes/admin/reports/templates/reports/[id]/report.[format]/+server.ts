import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { requireAccess } from '#lib/server/actor.ts';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { exportFormatOf } from '#lib/export/model.ts';
import { exportHeaders } from '#lib/modules/action-plan/export/exports.server.ts';
import { canWriteTemplateReports } from '#lib/modules/reports/permissions.server.ts';
import { exportTemplateReport } from '#lib/modules/reports/template-document.server.ts';

/** A report made from a template as PDF, DOCX or XLSX in the reader's script: the frozen copy once submitted. Audited. */
export const GET: RequestHandler = async ({ locals, params }) => {
	requireAccess(locals.actor, canWriteTemplateReports);
	const format = exportFormatOf(params.format);
	if (!format) error(404, 'error.404.text');
	try {
		const file = await exportTemplateReport(await contextFor(locals), { id: params.id, format, locale: locals.locale });
		return new Response(file.body as BodyInit, { headers: exportHeaders(file, { isPublic: false }) });
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
