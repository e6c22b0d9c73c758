import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import type { Database } from '../db/client.ts';
import { ensureTemplate } from './template.ts';

export interface TestDatabase {
	db: Database;
	kind: 'pglite' | 'postgres';
	close: () => Promise<void>;
}

/**
 * A fresh, migrated database for one test file: PGlite in memory by default, or a new database
 * on the PostgreSQL server named by TEST_DATABASE_URL (dropped again on close).
 */
export async function createTestDatabase(): Promise<TestDatabase> {
	const url = process.env.TEST_DATABASE_URL;
	return url ? createPostgresDatabase(url) : createPgliteDatabase();
}

async function createPgliteDatabase(): Promise<TestDatabase> {
	const [{ PGlite }, { unaccent }, { pg_trgm }, { drizzle }, schema] = await Promise.all([
		import('@electric-sql/pglite'),
		import('@electric-sql/pglite/contrib/unaccent'),
		import('@electric-sql/pglite/contrib/pg_trgm'),
		import('drizzle-orm/pglite'),
		import('../db/schema.ts')
	]);
	const dump = new Blob([readFileSync(await ensureTemplate())]);
	const client = await PGlite.create({ loadDataDir: dump, extensions: { unaccent, pg_trgm } });
	const { countLocalWrites } = await import('../db/client.ts');
	const db = countLocalWrites(client, drizzle({ client, schema }) as unknown as Database);
	return { db, kind: 'pglite', close: () => client.close() };
}

async function createPostgresDatabase(url: string): Promise<TestDatabase> {
	const { default: pg } = await import('pg');
	const { openDatabase } = await import('../db/client.ts');
	const name = `kzm_test_${randomBytes(6).toString('hex')}`;
	const admin = new pg.Client({ connectionString: url });
	await admin.connect();
	await admin.query(`CREATE DATABASE ${name}`);
	await admin.end();
	const target = new URL(url);
	target.pathname = `/${name}`;
	const opened = await openDatabase({ url: target.toString() });
	return {
		db: opened.db,
		kind: 'postgres',
		close: async () => {
			await opened.close();
			const dropper = new pg.Client({ connectionString: url });
			await dropper.connect();
			await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
			await dropper.end();
		}
	};
}
