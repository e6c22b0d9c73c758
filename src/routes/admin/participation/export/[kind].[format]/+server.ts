import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { requireAccess } from '#lib/server/actor.ts';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { contextFor } from '#lib/server/request-context.ts';
import {
	EXPORT_KINDS,
	exportParticipation,
	type ExportKind
} from '#lib/modules/participation/commands/export-participation.server.ts';

/** Initiatives, supports or a round's results as CSV or XLSX; every download is written to the audit log. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	requireAccess(locals.actor);
	if (!(EXPORT_KINDS as readonly string[]).includes(params.kind)) error(404, 'error.404.text');
	if (params.format !== 'csv' && params.format !== 'xlsx') error(404, 'error.404.text');
	try {
		const file = await exportParticipation(await contextFor(locals), {
			kind: params.kind as ExportKind,
			format: params.format,
			locale: locals.locale,
			roundId: url.searchParams.get('round') ?? undefined
		});
		return new Response(file.body as BodyInit, {
			headers: {
				'content-type': file.contentType,
				'content-disposition': `attachment; filename="${file.filename}"`,
				'cache-control': 'private, no-store'
			}
		});
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
