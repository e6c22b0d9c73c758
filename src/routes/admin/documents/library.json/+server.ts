import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { contextFor } from '#lib/server/request-context.ts';
import { rethrowAsHttpError } from '#lib/server/forms.ts';
import { listDocumentsForEditor } from '#lib/modules/documents/queries.server.ts';
import { requireAccess } from '#lib/server/actor.ts';

/**
 * The office's documents as JSON, for the rich text editor's "insert document" dialog. Layouts do
 * not guard endpoints, so the query's own permission check is what keeps this to staff.
 */
export const GET: RequestHandler = async ({ locals }) => {
	requireAccess(locals.actor);
	try {
		const documents = await listDocumentsForEditor(await contextFor(locals));
		return json(
			{
				items: documents.map((document) => ({
					id: document.id,
					title: document.title,
					titleEn: document.titleEn,
					year: document.year,
					format: document.format,
					size: document.size,
					isPublished: document.isPublished
				}))
			},
			{ headers: { 'cache-control': 'private, no-store' } }
		);
	} catch (caught) {
		rethrowAsHttpError(caught);
	}
};
