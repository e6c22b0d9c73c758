import { error } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import type { RequestHandler } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';
import { offices } from '#lib/server/db/core-schema.ts';

/** The office logo; the URL carries a version, so browsers may keep it for a year. */
export const GET: RequestHandler = async ({ locals }) => {
	if (!locals.office?.logoMime) error(404, 'error.404.text');
	const { db } = await getRuntime();
	const [row] = await db
		.select({ logo: offices.logo, mime: offices.logoMime })
		.from(offices)
		.where(eq(offices.id, locals.office.id));
	if (!row?.logo || !row.mime) error(404, 'error.404.text');
	return new Response(Buffer.from(row.logo), {
		headers: {
			'content-type': row.mime,
			'cache-control': 'public, max-age=31536000, immutable',
			'content-security-policy': "default-src 'none'"
		}
	});
};
