import type { RequestHandler } from './$types';
import { requireAccess } from '#lib/server/actor.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { readReportFileForStaff } from '#lib/modules/calls/decision-queries.server.ts';

export const GET: RequestHandler = async ({ locals, params }) => {
	requireAccess(locals.actor);
	try {
		const file = await readReportFileForStaff(await contextFor(locals), params.applicationId, params.fileId);
		return new Response(file.bytes as BodyInit, {
			headers: {
				'content-type': file.mime,
				'content-length': String(file.size),
				'content-disposition': 'attachment',
				'cache-control': 'private, no-store',
				'content-security-policy': "default-src 'none'; sandbox"
			}
		});
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
