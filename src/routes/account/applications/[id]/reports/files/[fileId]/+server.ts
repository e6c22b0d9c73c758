import type { RequestHandler } from './$types';
import { contextFor } from '#lib/server/request-context.ts';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { readReportFile } from '#lib/modules/calls/decision-queries.server.ts';

/** A report's photo or receipt, for the application's authors, staff and the call's committee (checked and audited). */
export const GET: RequestHandler = async ({ locals, params }) => {
	try {
		const file = await readReportFile(await contextFor(locals), params.id, params.fileId);
		return new Response(file.bytes as BodyInit, {
			headers: {
				'content-type': file.mime,
				'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
				'cache-control': 'private, no-store',
				'x-content-type-options': 'nosniff',
				'content-security-policy': "default-src 'none'; sandbox"
			}
		});
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
