import type { RequestHandler } from './$types';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { exportCertificates } from '#lib/modules/attendance/certificates.server.ts';
import { requireAccess } from '#lib/server/actor.ts';

/** Every certificate of the event in one PDF, a page per person who came; audit-logged. */
export const GET: RequestHandler = async ({ locals, params }) => {
	requireAccess(locals.actor);
	try {
		const { pdf } = await exportCertificates(await contextFor(locals), params.id);
		return new Response(pdf as BodyInit, {
			headers: {
				'content-type': 'application/pdf',
				'content-disposition': 'attachment; filename="certificates.pdf"',
				'cache-control': 'private, no-store'
			}
		});
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
