import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { contextFor } from '#lib/server/request-context.ts';
import { exportFormatOf } from '#lib/export/model.ts';
import { exportHeaders, exportPublicReport } from '#lib/modules/action-plan/export/exports.server.ts';

/** A submitted monitoring report as PDF, DOCX or XLSX, in the language and script of the address. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const format = exportFormatOf(params.format);
	if (!format || !/^\d{4}$/.test(params.year)) error(404, 'error.404.text');
	const ctx = await contextFor(locals);
	const file = await exportPublicReport(ctx.db, ctx.officeId, {
		slug: params.slug,
		year: Number(params.year),
		format,
		locale: locals.locale
	});
	if (!file) error(404, 'error.404.text');
	return new Response(file.body as BodyInit, { headers: exportHeaders(file, { isPublic: true }) });
};
