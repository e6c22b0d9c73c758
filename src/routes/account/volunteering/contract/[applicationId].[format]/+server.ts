import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { contextFor } from '#lib/server/request-context.ts';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { exportHeaders } from '#lib/modules/action-plan/export/exports.server.ts';
import { renderContract } from '#lib/modules/volunteering/documents.server.ts';

/** The contract for the volunteer and for the organiser of the application (the command checks which). */
export const GET: RequestHandler = async ({ locals, params }) => {
	if (params.format !== 'pdf' && params.format !== 'docx') error(404, 'error.404.text');
	try {
		const file = await renderContract(await contextFor(locals), {
			applicationId: params.applicationId,
			format: params.format
		});
		return new Response(file.body as BodyInit, { headers: exportHeaders(file, { isPublic: false }) });
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
