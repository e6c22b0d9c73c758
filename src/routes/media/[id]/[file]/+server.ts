import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { getMediaVariantFile } from '#lib/modules/media/queries.server.ts';
import type { VariantFormat } from '#lib/modules/media/images.server.ts';

const FILE = /^(\d{1,5})\.(avif|webp|jpeg)$/;

/**
 * One resized image: /media/<id>/<width>.<format>. A variant's bytes never change (a new upload is a
 * new id), so browsers and proxies may keep it for a year without asking again.
 */
export const GET: RequestHandler = async ({ locals, params, request }) => {
	const match = FILE.exec(params.file);
	if (!locals.office || !match) error(404, 'error.404.text');
	const { db } = await getRuntime();
	const file = await getMediaVariantFile(db, locals.office.id, params.id, Number(match[1]), match[2] as VariantFormat);
	if (!file) error(404, 'error.404.text');
	const etag = `"${file.sha256}"`;
	const headers = {
		'content-type': file.mime,
		'cache-control': 'public, max-age=31536000, immutable',
		etag,
		'content-security-policy': "default-src 'none'"
	};
	if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
	return new Response(Buffer.from(file.bytes), { headers: { ...headers, 'content-length': String(file.size) } });
};
