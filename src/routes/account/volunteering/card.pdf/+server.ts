import type { RequestHandler } from './$types';
import { contextFor } from '#lib/server/request-context.ts';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { exportHeaders } from '#lib/modules/action-plan/export/exports.server.ts';
import { renderCard } from '#lib/modules/volunteering/documents.server.ts';

export const GET: RequestHandler = async ({ locals }) => {
	try {
		const file = await renderCard(await contextFor(locals));
		return new Response(file.body as BodyInit, { headers: exportHeaders(file, { isPublic: false }) });
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
