import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { requireAccess } from '#lib/server/actor.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { exportHeaders } from '#lib/modules/action-plan/export/exports.server.ts';
import { contractFile } from '#lib/modules/calls/decision-documents.server.ts';

export const GET: RequestHandler = async ({ locals, params }) => {
	requireAccess(locals.actor);
	const format = params.format;
	if (format !== 'pdf' && format !== 'docx') error(404, 'error.404.text');
	try {
		const file = await contractFile(await contextFor(locals), {
			applicationId: params.applicationId,
			format,
			locale: locals.locale
		});
		return new Response(file.body as BodyInit, { headers: exportHeaders(file, { isPublic: false }) });
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
