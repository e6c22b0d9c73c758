import { sql } from 'drizzle-orm';
import type { RequestHandler } from './$types';
import { getRuntime } from '#lib/server/runtime.ts';

/** For load balancers and uptime checks: 200 when the database answers. */
export const GET: RequestHandler = async () => {
	const runtime = await getRuntime();
	await runtime.db.execute(sql`SELECT 1`);
	return Response.json({ status: 'ok', database: runtime.databaseKind });
};
