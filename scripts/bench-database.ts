// The benches' throw-away PostgreSQL database: created on the server, opened, measured, closed and dropped.
import pg from 'pg';
import { openDatabase, type OpenedDatabase } from '../src/lib/server/db/client.ts';

async function runOnServer(serverUrl: string, statement: string) {
	const admin = new pg.Client({ connectionString: serverUrl });
	await admin.connect();
	try {
		await admin.query(statement);
	} finally {
		await admin.end();
	}
}

/**
 * Runs `measure` on a fresh database `<prefix>_<now>` on the PostgreSQL server at `serverUrl`, then drops it
 * (BENCH_KEEP=1 leaves the seeded database for EXPLAIN and prints its address).
 */
export async function withBenchDatabase(
	serverUrl: string,
	prefix: string,
	measure: (opened: OpenedDatabase) => Promise<void>
): Promise<void> {
	const name = `${prefix}_${Date.now()}`;
	await runOnServer(serverUrl, `CREATE DATABASE ${name}`);
	const url = new URL(serverUrl);
	url.pathname = `/${name}`;
	const opened = await openDatabase({ url: url.toString() });
	try {
		await measure(opened);
	} finally {
		await opened.close();
		if (process.env.BENCH_KEEP) console.log(`kept ${url}`);
		else await runOnServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
	}
}
