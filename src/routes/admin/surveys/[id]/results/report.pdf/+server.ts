import type { RequestHandler } from './$types';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { buildResultsReport } from '#lib/modules/surveys/analysis/report-pdf.server.ts';
import { requireAccess } from '#lib/server/actor.ts';

/** The results report (aggregates only) as PDF in the reader's script. */
export const GET: RequestHandler = async ({ locals, params }) => {
	requireAccess(locals.actor);
	try {
		const report = await buildResultsReport(await contextFor(locals), { surveyId: params.id, locale: locals.locale });
		return new Response(report.body as BodyInit, {
			headers: {
				'content-type': 'application/pdf',
				'content-disposition': `attachment; filename="${report.filename}"`,
				'cache-control': 'private, no-store'
			}
		});
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
