import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { requireAccess } from '#lib/server/actor.ts';
import { contextFor } from '#lib/server/request-context.ts';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { CALL_EXPORTS, exportCall, type CallExport } from '#lib/modules/calls/exports.server.ts';

/** A call's applications, scores or decision as CSV or XLSX, for staff; the export is audited. */
export const GET: RequestHandler = async ({ locals, params }) => {
	requireAccess(locals.actor);
	const what = params.what as CallExport;
	const format = params.format;
	if (!CALL_EXPORTS.includes(what) || (format !== 'csv' && format !== 'xlsx')) error(404, 'error.404.text');
	try {
		const file = await exportCall(await contextFor(locals), { callId: params.id, what, format, locale: locals.locale });
		return new Response(file.body as BodyInit, {
			headers: {
				'content-type': file.contentType,
				'content-disposition': `attachment; filename="${what}.${format}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
				'cache-control': 'private, no-store',
				'content-security-policy': "default-src 'none'; sandbox"
			}
		});
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
