import { error, redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { localizePath } from '#lib/i18n/locale.ts';
import { getPublicDocumentFile } from '#lib/modules/documents/queries.server.ts';
import { downloadHeaders } from '#lib/modules/documents/download.server.ts';

// The name in the address is for people; the id decides, so renamed documents keep working links.
export const GET: RequestHandler = async ({ locals, params, request }) => {
	const { db } = await getRuntime();
	const found = locals.office ? await getPublicDocumentFile(db, locals.office.id, params.id) : null;
	if (!found) {
		// A person following a dead link gets the portal's own "not found" page, in their language.
		if ((request.headers.get('accept') ?? '').includes('text/html')) {
			redirect(303, localizePath(`/documents/${encodeURIComponent(params.id)}`, locals.locale));
		}
		error(404, 'error.404.text');
	}
	const headers = downloadHeaders(found.document, found.file, locals.locale);
	if (request.headers.get('if-none-match') === headers.etag) {
		return new Response(null, {
			status: 304,
			headers: { etag: headers.etag, 'cache-control': headers['cache-control'] }
		});
	}
	return new Response(found.file.bytes as Uint8Array<ArrayBuffer>, { headers });
};
