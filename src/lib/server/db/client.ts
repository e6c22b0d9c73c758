import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema.ts';

export type Schema = typeof schema;
/** The database handle every query and command receives; a transaction has the same shape. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

export interface OpenedDatabase {
	db: Database;
	kind: 'pglite' | 'postgres';
	close: () => Promise<void>;
}

export interface OpenDatabaseOptions {
	/** PostgreSQL connection string; without it the embedded PGlite is used. */
	url?: string;
	/** PGlite data folder, or 'memory://' for a throw-away database. */
	dataDir?: string;
	migrate?: boolean;
}

/** Where the committed migrations live: the `drizzle` folder of the working directory (npm scripts run from the project root). */
export function migrationsFolder(): string {
	return process.env.KZM_MIGRATIONS_DIR ?? path.resolve('drizzle');
}

/** Opens PostgreSQL (with a URL) or PGlite (without), and applies pending migrations. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<OpenedDatabase> {
	const opened = options.url ? await openPostgres(options.url) : await openPglite(options.dataDir ?? './data');
	if (options.migrate !== false) await migrateDatabase(opened);
	return opened;
}

async function openPglite(dataDir: string): Promise<OpenedDatabase> {
	const [{ PGlite }, { unaccent }, { pg_trgm }, { drizzle }] = await Promise.all([
		import('@electric-sql/pglite'),
		import('@electric-sql/pglite/contrib/unaccent'),
		import('@electric-sql/pglite/contrib/pg_trgm'),
		import('drizzle-orm/pglite')
	]);
	const isMemory = dataDir.startsWith('memory://');
	// PGlite does not create parent folders itself.
	if (!isMemory) mkdirSync(path.resolve(dataDir), { recursive: true });
	const client = new PGlite(isMemory ? dataDir : path.resolve(dataDir), { extensions: { unaccent, pg_trgm } });
	await client.waitReady;
	// The embedded database is one process and one connection, so a larger sort and hash memory costs no
	// more than one query's worth: the office statistics' grouping of a large city's year stays in memory
	// instead of spilling to the WASM file system (decision 0036: 1.3–1.7 s down to 1.0–1.2 s).
	await client.exec("set work_mem = '64MB'");
	const db = countLocalWrites(client, drizzle({ client, schema }) as unknown as Database);
	return { db, kind: 'pglite', close: () => client.close() };
}

/** Statements that only read: a `WITH` counts as a read unless one of its parts writes. */
const READ_STATEMENT = /^\s*(select|show|explain)\b/i;
const WITH_STATEMENT = /^\s*with\b/i;
const WRITING_PART = /\b(insert|update|delete|merge|truncate|create|alter|drop)\b/i;
const DATA_CHANGE = /^\s*(insert|update|delete|with)\b/i;
const writeGenerations = new WeakMap<Database, () => number>();

/** Whether a statement can only read (a wrong "no" costs a re-render, never a stale page). */
function isReadStatement(text: string): boolean {
	return READ_STATEMENT.test(text) || (WITH_STATEMENT.test(text) && !WRITING_PART.test(text));
}

/**
 * Counts finished writes on an embedded database. Only this process can open its folder, so every
 * write passes through this client: a statement that is not a plain read, a transaction, a script.
 * The count moves once the write is over (committed or not), which is what the page cache needs. An
 * INSERT, UPDATE or DELETE that changed no row (a job finding nothing to claim) is not a write, as on
 * PostgreSQL, where such a transaction takes no transaction id and leaves the snapshot alone.
 */
export function countLocalWrites(
	client: {
		query: (...args: never[]) => Promise<unknown>;
		exec: (...args: never[]) => Promise<unknown>;
		transaction: (...args: never[]) => Promise<unknown>;
	},
	db: Database
): Database {
	let count = 0;
	const wrap = (name: 'query' | 'exec' | 'transaction', isRead: (args: unknown[], result: unknown) => boolean) => {
		const original = client[name].bind(client) as (...args: unknown[]) => Promise<unknown>;
		client[name] = (async (...args: unknown[]) => {
			let result: unknown;
			try {
				result = await original(...args);
				return result;
			} finally {
				if (!isRead(args, result)) count++;
			}
		}) as never;
	};
	wrap('query', ([text], result) => {
		if (typeof text !== 'string') return false;
		if (isReadStatement(text)) return true;
		const changed = (result as { affectedRows?: number } | undefined)?.affectedRows;
		return DATA_CHANGE.test(text) && changed === 0;
	});
	wrap('exec', () => false);
	wrap('transaction', () => false);
	writeGenerations.set(db, () => count);
	return db;
}

/**
 * How many writes an embedded database has finished (null on PostgreSQL, where other processes write
 * too and the server's transaction snapshot says it instead). The page cache compares it without a query.
 */
export function localWriteCount(db: Database): number | null {
	return writeGenerations.get(db)?.() ?? null;
}

async function openPostgres(url: string): Promise<OpenedDatabase> {
	const [{ default: pg }, { drizzle }] = await Promise.all([import('pg'), import('drizzle-orm/node-postgres')]);
	const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
	// An idle connection cut by the server (restart, failover) must not crash the process; the pool reconnects.
	pool.on('error', (error) => console.error('[kzm] database connection lost:', error.message));
	const db = drizzle({ client: pool, schema }) as unknown as Database;
	return { db, kind: 'postgres', close: () => pool.end() };
}

// Any constant works; it only has to be the same in every instance of the platform.
const MIGRATION_LOCK_KEY = 7_204_511;

/** Applies migrations; on PostgreSQL under an advisory lock so that instances starting together take turns. */
export async function migrateDatabase(opened: OpenedDatabase): Promise<void> {
	const migrationsFolderPath = migrationsFolder();
	if (opened.kind === 'pglite') {
		const { migrate } = await import('drizzle-orm/pglite/migrator');
		// eslint-disable-next-line @typescript-eslint/no-explicit-any
		await migrate(opened.db as any, { migrationsFolder: migrationsFolderPath });
		return;
	}
	const { migrate } = await import('drizzle-orm/node-postgres/migrator');
	const { drizzle } = await import('drizzle-orm/node-postgres');
	// The lock is held by one connection, and the migration must run on that same connection.
	const pool = (opened.db as unknown as { $client: import('pg').Pool }).$client;
	const client = await pool.connect();
	try {
		await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
		try {
			await migrate(drizzle({ client }), { migrationsFolder: migrationsFolderPath });
		} finally {
			await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
		}
	} finally {
		client.release();
	}
}

/** True when the database has no office yet (first run). */
export async function isEmptyDatabase(db: Database): Promise<boolean> {
	const rows = await db.select({ id: schema.offices.id }).from(schema.offices).limit(1);
	return rows.length === 0;
}
