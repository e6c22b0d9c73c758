// The benches' throw-away PostgreSQL database (created on the server, opened, measured, closed and
// dropped) and the Vite module runner through which they load the code they time.
import pg from 'pg';
import { createServer, createServerModuleRunner } from 'vite';
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

/**
 * Loads the module at `url` (a bench's `*-modules.ts`, which re-exports what it times) through Vite's
 * module runner: the modules import fonts and use TypeScript that plain Node does not strip. The
 * runner stays open for their lazy imports until `close()`.
 */
export async function benchModuleRunner<Modules>(url: URL): Promise<{ modules: Modules; close: () => Promise<void> }> {
	const vite = await createServer({
		configFile: false,
		logLevel: 'error',
		appType: 'custom',
		server: { middlewareMode: true, hmr: false, ws: false }
	});
	const runner = createServerModuleRunner(vite.environments.ssr, { hmr: false });
	const modules = (await runner.import(url.pathname)) as Modules;
	return {
		modules,
		close: async () => {
			await runner.close();
			await vite.close();
		}
	};
}
