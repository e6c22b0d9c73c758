// The site search at the query level: the demo office plus the bench data (scripts/bench-seed.ts:
// 5,000 news, 500 opportunities, 1,000 events), then searchEverything() for a Latin, a Cyrillic and a
// mistyped query that match every bench article, timed BENCH_RUNS times each (p50/p99), with each
// module's search alone and the number of statements one search sends. On PGlite (a throw-away data
// folder) and on PostgreSQL (a throw-away database on TEST_DATABASE_URL's server); `--pglite` or `--pg`
// runs one of them. BENCH_EXPLAIN=news prints EXPLAIN (ANALYZE, BUFFERS) of a module's statements,
// BENCH_EXPLAIN=site those of one site search (the folded statement, decision 0043), BENCH_EXPLAIN=all
// the planning and execution times of every one. BENCH_KEEP=1 keeps the seeded
// database (and prints where); BENCH_PGLITE_DIR and BENCH_DATABASE_URL measure an already seeded one.
// Run by `npm run bench -- search` or alone: `node scripts/bench-search.ts`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type SQL } from 'drizzle-orm';
import { openDatabase, type Database, type OpenedDatabase } from '../src/lib/server/db/client.ts';
import { offices } from '../src/lib/server/db/core-schema.ts';
import { benchModuleRunner, withBenchDatabase } from './bench-database.ts';

// Vite loads the modules (and keeps its runner open for their lazy imports) until the end.
const { modules: timed, close: closeRunner } = await benchModuleRunner<typeof import('./bench-search-modules.ts')>(
	new URL('./bench-search-modules.ts', import.meta.url)
);
const { manifests, loadDemoOffice, runSearchStatement, searchEverything, searchKey } = timed;

const RUNS = Number(process.env.BENCH_RUNS ?? 50);
const EXPLAIN = process.env.BENCH_EXPLAIN ?? '';
const QUERIES = [
	['Latin', 'omladinski klub'],
	['Cyrillic', 'омладински клуб'],
	['typo', 'omladinki klub']
] as const;

function percentile(sorted: number[], share: number): number {
	return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] * 10) / 10;
}

/**
 * CPU time the PostgreSQL server's processes serving `database` have used so far, in ms (Linux, a
 * server on this machine): on a busy machine wall times queue behind other work, CPU time does not.
 */
function serverCpuMs(database: string | undefined): number {
	if (!database) return 0;
	let ticks = 0;
	for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
		try {
			const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
			if (!command.startsWith('postgres: ') || !command.includes(` ${database} `)) continue;
			const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
			ticks += Number(fields[11]) + Number(fields[12]);
		} catch {
			// the process ended meanwhile
		}
	}
	return ticks * 10;
}

interface Timing {
	/** The fastest run: on a busy machine the least disturbed by other work. */
	min: number;
	p50: number;
	p99: number;
	/** CPU time of this process (PGlite runs in it) per run. */
	'cpu ms': number;
	/** CPU time of the PostgreSQL server's processes per run. */
	'server cpu ms': number | string;
}

/** The fastest run, p50 and p99 of `run` over RUNS runs after two warm-up runs, in ms, and the CPU time each run used. */
async function timeRuns(run: () => Promise<unknown>, database?: string): Promise<Timing> {
	await run();
	await run();
	const times: number[] = [];
	const cpu = process.cpuUsage();
	const serverCpu = serverCpuMs(database);
	for (let index = 0; index < RUNS; index++) {
		const started = performance.now();
		await run();
		times.push(performance.now() - started);
	}
	const used = process.cpuUsage(cpu);
	times.sort((a, b) => a - b);
	return {
		min: percentile(times, 0),
		p50: percentile(times, 0.5),
		p99: percentile(times, 0.99),
		'cpu ms': Math.round((used.user + used.system) / RUNS / 100) / 10,
		'server cpu ms': database ? Math.round(((serverCpuMs(database) - serverCpu) / RUNS) * 10) / 10 : ''
	};
}

type RawClient = { query: (text: string, params?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> };
function rawClient(db: Database): RawClient {
	return (db as unknown as { $client: RawClient }).$client;
}

/** Counts the statements sent through the database's client while `run` runs. */
async function countStatements(db: Database, run: () => Promise<unknown>): Promise<number> {
	const client = rawClient(db);
	const original = client.query;
	let count = 0;
	client.query = (...args) => {
		count++;
		return original.apply(client, args);
	};
	try {
		await run();
	} finally {
		client.query = original;
	}
	return count;
}

/**
 * A handle whose selects (and raw statements: the folded site search) are not run but explained:
 * each statement a search would send is printed with EXPLAIN (ANALYZE, BUFFERS) and answers no rows.
 */
function explainingDatabase(db: Database, print: (plan: string) => void): Database {
	const client = rawClient(db);
	const wrap = (builder: object): object =>
		new Proxy(builder, {
			get(target, property, receiver) {
				if (property === 'then') {
					return (resolve: (rows: unknown[]) => void, reject: (error: unknown) => void) => {
						const query = (target as { toSQL: () => { sql: string; params: unknown[] } }).toSQL();
						client
							.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${query.sql}`, query.params)
							.then((result) => print(result.rows.map((row) => Object.values(row)[0]).join('\n')))
							.then(() => resolve([]), reject);
					};
				}
				const value = Reflect.get(target, property, receiver);
				if (typeof value !== 'function') return value;
				return (...args: unknown[]) => {
					const result = value.apply(target, args);
					return result && typeof result === 'object' && 'toSQL' in result ? wrap(result) : result;
				};
			}
		});
	const explain = (query: { sql: string; params: unknown[] }) =>
		client
			.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${query.sql}`, query.params)
			.then((result) => print(result.rows.map((row) => Object.values(row)[0]).join('\n')));
	return new Proxy(db, {
		get(target, property, receiver) {
			const value = Reflect.get(target, property, receiver);
			if (property === 'execute') {
				const dialect = (
					target as unknown as { dialect: { sqlToQuery: (query: SQL) => { sql: string; params: unknown[] } } }
				).dialect;
				return (query: SQL) => explain(dialect.sqlToQuery(query)).then(() => ({ rows: [] }));
			}
			if (property === 'select' || property === 'selectDistinct')
				return (...args: unknown[]) => wrap(value.apply(target, args));
			return value;
		}
	});
}

async function databaseName(db: Database): Promise<string> {
	const [row] = await db.select({ name: sql<string>`current_database()` }).from(sql`(select 1) as one`);
	return row.name;
}

async function measure(label: string, opened: OpenedDatabase) {
	const { db } = opened;
	const database = opened.kind === 'postgres' ? await databaseName(db) : undefined;
	const [office] = await db
		.select({ id: offices.id })
		.from(offices)
		.where(sql`${offices.isDefault}`);
	const searching = manifests.filter((manifest) => manifest.searchStatement || manifest.search);
	// PGlite folds the modules' statements into one, PostgreSQL sends them side by side (decision 0043).
	const options = { databaseKind: opened.kind };
	/** One module's search alone: its statement run by itself, or its own code. */
	const searchAlone = (handle: Database, manifest: (typeof manifests)[number], folded: string) =>
		manifest.searchStatement
			? runSearchStatement(handle, manifest.searchStatement(handle, office.id, folded, 40), 40)
			: manifest.search!(handle, office.id, folded, 40);
	const rows: Record<string, string | number>[] = [];
	for (const [name, query] of QUERIES) {
		const result = await searchEverything(db, office.id, query, manifests, options);
		const whole = await timeRuns(() => searchEverything(db, office.id, query, manifests, options), database);
		const statements = await countStatements(db, () => searchEverything(db, office.id, query, manifests, options));
		rows.push({ query: name, part: 'site search', hits: result.hits.length, statements, ...whole });
		const folded = searchKey(query);
		for (const manifest of searching) {
			const hits = await searchAlone(db, manifest, folded);
			const alone = await timeRuns(() => searchAlone(db, manifest, folded), database);
			rows.push({ query: name, part: manifest.name, hits: hits.length, statements: '', ...alone });
		}
		const print = (part: string) => (plan: string) =>
			console.log(
				`\n${label}, ${name} query, ${part} statement:\n${
					EXPLAIN === 'all'
						? plan
								.split('\n')
								.filter((line) => /^(Planning|Execution) Time/.test(line))
								.join(', ')
						: plan
				}`
			);
		// BENCH_EXPLAIN=site: the statements one site search sends (the folded one and the modules' own).
		if (EXPLAIN === 'site' || EXPLAIN === 'all')
			await searchEverything(explainingDatabase(db, print('site search')), office.id, query, manifests, options);
		for (const manifest of searching.filter(
			(manifest) => EXPLAIN === 'all' || (EXPLAIN && manifest.name === EXPLAIN)
		)) {
			await searchAlone(explainingDatabase(db, print(manifest.name)), manifest, folded);
		}
	}
	console.log(`\n${label}: site search for queries matching every bench article, ${RUNS} runs (ms):`);
	console.table(rows);
}

/** The demo office (as the server loads it) and the bench data (as `npm run bench` seeds it). */
async function seed(target: { DATABASE_URL?: string; DATA_DIR?: string }) {
	const seeded = spawnSync(process.execPath, ['scripts/bench-seed.ts'], {
		env: { ...process.env, DATABASE_URL: '', DATA_DIR: '', ...target },
		encoding: 'utf8'
	});
	if (seeded.status !== 0) throw new Error(seeded.stderr);
}

const only = process.argv.includes('--pg') ? 'pg' : process.argv.includes('--pglite') ? 'pglite' : '';
try {
	if (only !== 'pg') {
		const given = process.env.BENCH_PGLITE_DIR;
		const dataDir = given ?? mkdtempSync(join(tmpdir(), 'kzm-bench-search-'));
		try {
			if (!given) {
				const first = await openDatabase({ dataDir });
				await loadDemoOffice(first.db, { publicUrl: 'http://127.0.0.1' });
				await first.close();
				await seed({ DATA_DIR: dataDir });
			}
			const opened = await openDatabase({ dataDir });
			try {
				await measure('PGlite', opened);
			} finally {
				await opened.close();
			}
		} finally {
			if (process.env.BENCH_KEEP && !given) console.log(`kept BENCH_PGLITE_DIR=${dataDir}`);
			else if (!given) rmSync(dataDir, { recursive: true, force: true });
		}
	}
	if (only !== 'pglite' && process.env.BENCH_DATABASE_URL) {
		const opened = await openDatabase({ url: process.env.BENCH_DATABASE_URL });
		try {
			await measure('PostgreSQL', opened);
		} finally {
			await opened.close();
		}
	} else if (only !== 'pglite') {
		const server = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
		await withBenchDatabase(server, 'kzm_bench_search', async (opened) => {
			await loadDemoOffice(opened.db, { publicUrl: 'http://127.0.0.1' });
			const url = new URL(server);
			url.pathname = `/${await databaseName(opened.db)}`;
			await seed({ DATABASE_URL: url.toString() });
			await measure('PostgreSQL', opened);
		});
	}
} finally {
	await closeRunner();
}
