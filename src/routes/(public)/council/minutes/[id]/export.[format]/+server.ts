import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { contextFor } from '#lib/server/request-context.ts';
import { exportHeaders } from '#lib/modules/action-plan/export/exports.server.ts';
import { exportPublicMinutes, MINUTES_FORMATS } from '#lib/modules/council/export.server.ts';

/** Approved minutes as PDF or DOCX, in the language and script of the address. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const format = MINUTES_FORMATS.find((candidate) => candidate === params.format);
	if (!format) error(404, 'error.404.text');
	const ctx = await contextFor(locals);
	const file = await exportPublicMinutes(ctx.db, ctx.officeId, { sessionId: params.id, format, locale: locals.locale });
	if (!file) error(404, 'error.404.text');
	return new Response(file.body as BodyInit, { headers: exportHeaders(file, { isPublic: true }) });
};
