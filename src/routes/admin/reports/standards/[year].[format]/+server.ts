import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { requireAccess } from '#lib/server/actor.ts';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { exportHeaders } from '#lib/modules/action-plan/export/exports.server.ts';
import { canManageWorkStandards } from '#lib/modules/reports/permissions.server.ts';
import { readReportYear } from '#lib/modules/reports/inputs.ts';
import { exportStandardsAssessment } from '#lib/modules/reports/standards-document.server.ts';

/** The year's work-standards self-assessment as PDF or DOCX in the reader's script. Audited. */
export const GET: RequestHandler = async ({ locals, params }) => {
	requireAccess(locals.actor, canManageWorkStandards);
	const format = params.format === 'pdf' || params.format === 'docx' ? params.format : null;
	const year = readReportYear(params.year);
	if (!format || year === null) error(404, 'error.404.text');
	try {
		const file = await exportStandardsAssessment(await contextFor(locals), { year, format, locale: locals.locale });
		return new Response(file.body as BodyInit, { headers: exportHeaders(file, { isPublic: false }) });
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
