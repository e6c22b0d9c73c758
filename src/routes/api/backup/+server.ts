import { timingSafeEqual } from 'node:crypto';
import { error, json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';

/**
 * `npm run backup` asks the running server for a backup here when the server holds the embedded
 * database (only one process may open its folder). The token is written by the server into a file
 * only its own user can read; without it the address does not exist.
 */
export const POST: RequestHandler = async ({ request }) => {
	const runtime = await getRuntime();
	const given = Buffer.from(request.headers.get('authorization')?.replace(/^Bearer /, '') ?? '');
	const expected = Buffer.from(runtime.backupToken ?? '');
	if (expected.length === 0 || given.length !== expected.length || !timingSafeEqual(given, expected)) {
		error(404, 'error.404.text');
	}
	return json({ file: await runtime.backupNow() });
};
