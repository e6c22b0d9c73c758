import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { exportHeaders } from '#lib/modules/action-plan/export/exports.server.ts';
import { decisionPdf } from '#lib/modules/calls/decision-documents.server.ts';

export const GET: RequestHandler = async ({ locals, params }) => {
	if (!locals.office) error(404, 'error.404.text');
	const { db } = await getRuntime();
	const file = await decisionPdf(db, locals.office.id, { slug: params.slug, locale: locals.locale });
	if (!file) error(404, 'error.404.text');
	return new Response(file.body as BodyInit, { headers: exportHeaders(file, { isPublic: true }) });
};
