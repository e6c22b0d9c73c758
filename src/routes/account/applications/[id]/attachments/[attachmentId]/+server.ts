import type { RequestHandler } from './$types';
import { contextFor } from '#lib/server/request-context.ts';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { readApplicationAttachment } from '#lib/modules/calls/commands/application-attachments.server.ts';

/** An application's attachment, for its authors, staff and the call's committee (the command checks and audits). */
export const GET: RequestHandler = async ({ locals, params }) => {
	try {
		const file = await readApplicationAttachment(await contextFor(locals), {
			applicationId: params.id,
			attachmentId: params.attachmentId
		});
		return new Response(file.bytes as BodyInit, {
			headers: {
				'content-type': file.mime,
				'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
				'cache-control': 'private, no-store',
				'x-content-type-options': 'nosniff'
			}
		});
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
