// Backups of the whole installation: the database, which also holds every stored file (the `files`
// table), in one archive with checksums, and restores of such an archive into an empty place.
//
// Archive (`kzm-backup-<time>.tar.gz`, with `<archive>.sha256` beside it in `sha256sum` format):
//   manifest.json      format, time, database kind, every table's row count, every file's hash,
//                      the SHA-256 of the database part
//   database.tar.gz    PGlite: its data folder, dumped while no transaction is open (consistent)
//   database.sql       PostgreSQL: `pg_dump` plain SQL
import { createHash, randomBytes } from 'node:crypto';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { Database, OpenedDatabase } from './db/client.ts';

const run = promisify(execFile);
const ARCHIVE_FORMAT = 1;
const MAX_DUMP_BYTES = 4 * 1024 ** 3;

export interface BackupManifest {
	format: number;
	createdAt: string;
	databaseKind: OpenedDatabase['kind'];
	/** Rows per table, `schema.table`. */
	tables: Record<string, number>;
	/** Every stored file: id → SHA-256 of its bytes, computed from the bytes at backup time. */
	files: Record<string, string>;
	/** SHA-256 of the database part of the archive. */
	databaseSha256: string;
}

/** What a database holds, for checking a restore: row counts of every table and the hash of every stored file. */
export async function inspectDatabase(db: Database): Promise<Pick<BackupManifest, 'tables' | 'files'>> {
	const tableRows = rowsOf<{ table_schema: string; table_name: string }>(
		await db.execute(
			sql`select table_schema, table_name from information_schema.tables
				where table_schema in ('public', 'drizzle') and table_type = 'BASE TABLE' order by 1, 2`
		)
	);
	const tables: Record<string, number> = {};
	for (const { table_schema, table_name } of tableRows) {
		const [row] = rowsOf<{ count: number }>(
			await db.execute(
				sql`select count(*)::int as count from ${sql.identifier(table_schema)}.${sql.identifier(table_name)}`
			)
		);
		tables[`${table_schema}.${table_name}`] = Number(row.count);
	}
	const files: Record<string, string> = {};
	if (!('public.files' in tables)) return { tables, files };
	for (const row of rowsOf<{ id: string; hash: string }>(
		await db.execute(sql`select id::text as id, encode(sha256(data), 'hex') as hash from files order by id`)
	)) {
		files[row.id] = row.hash;
	}
	return { tables, files };
}

function rowsOf<T>(result: unknown): T[] {
	return (result as { rows: T[] }).rows;
}

function sha256(data: Uint8Array): string {
	return createHash('sha256').update(data).digest('hex');
}

/** The database's own dump: PGlite's data folder while no transaction is open, or `pg_dump`'s SQL. */
async function dumpDatabase(opened: OpenedDatabase, databaseUrl: string | undefined): Promise<Buffer> {
	if (opened.kind === 'pglite') {
		const client = (opened.db as unknown as { $client: import('@electric-sql/pglite').PGlite }).$client;
		// The checkpoint writes what is committed into the data files; holding the transaction lock while
		// copying means no transaction is half done in the copy (a query inside it would wait forever).
		await client.exec('CHECKPOINT');
		const exclusive = client as unknown as { _runExclusiveTransaction<T>(fn: () => Promise<T>): Promise<T> };
		const dump = await exclusive._runExclusiveTransaction(() => client.dumpDataDir('gzip'));
		return Buffer.from(await dump.arrayBuffer());
	}
	if (!databaseUrl) throw new Error('A PostgreSQL backup needs DATABASE_URL');
	const { stdout } = await run(
		'pg_dump',
		['--no-owner', '--no-privileges', '--format=plain', '--dbname', databaseUrl],
		{
			maxBuffer: MAX_DUMP_BYTES,
			encoding: 'buffer'
		}
	);
	return stdout;
}

/** Makes the archive bytes of a backup of the open database. */
export async function createBackupArchive(
	opened: OpenedDatabase,
	options: { databaseUrl?: string; now?: Date } = {}
): Promise<{ archive: Buffer; manifest: BackupManifest }> {
	const now = options.now ?? new Date();
	// Counted before the dump; on a busy server a row written in between makes the restore check
	// report a difference, which is why counts are compared, not assumed.
	const inspected = await inspectDatabase(opened.db);
	const database = await dumpDatabase(opened, options.databaseUrl);
	const manifest: BackupManifest = {
		format: ARCHIVE_FORMAT,
		createdAt: now.toISOString(),
		databaseKind: opened.kind,
		...inspected,
		databaseSha256: sha256(database)
	};
	const databaseName = opened.kind === 'pglite' ? 'database.tar.gz' : 'database.sql';
	const archive = gzipSync(
		writeTar([
			{ name: 'manifest.json', data: Buffer.from(JSON.stringify(manifest, null, 2)) },
			{ name: databaseName, data: database }
		])
	);
	return { archive, manifest };
}

/** Writes a backup into `directory` (created if needed) with its `.sha256` file; returns the archive's path. */
export async function writeBackup(
	opened: OpenedDatabase,
	directory: string,
	options: { databaseUrl?: string; now?: Date } = {}
): Promise<string> {
	const { archive, manifest } = await createBackupArchive(opened, options);
	mkdirSync(directory, { recursive: true });
	const name = `kzm-backup-${manifest.createdAt.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}.tar.gz`;
	const file = path.resolve(directory, name);
	writeFileSync(`${file}.partial`, archive);
	writeFileSync(`${file}.sha256`, `${sha256(archive)}  ${name}\n`);
	// Renamed only when complete, so rotation and restores never see half an archive.
	const { renameSync } = await import('node:fs');
	renameSync(`${file}.partial`, file);
	return file;
}

/** Keeps the newest `keep` backups in the directory and deletes the rest (with their checksum files). */
export function rotateBackups(directory: string, keep: number): string[] {
	if (!existsSync(directory)) return [];
	const archives = readdirSync(directory)
		.filter((name) => /^kzm-backup-.*\.tar\.gz$/.test(name))
		.sort()
		.reverse();
	const removed = archives.slice(Math.max(keep, 1));
	for (const name of removed) {
		rmSync(path.join(directory, name), { force: true });
		rmSync(path.join(directory, `${name}.sha256`), { force: true });
	}
	return removed;
}

/** Reads and checks an archive: the `.sha256` file beside it (when present) and the database part's hash. */
export function readBackupArchive(file: string): { manifest: BackupManifest; database: Buffer; databaseName: string } {
	const bytes = readFileSync(file);
	const checksumFile = `${file}.sha256`;
	if (existsSync(checksumFile)) {
		const expected = readFileSync(checksumFile, 'utf8').trim().split(/\s+/)[0];
		if (expected !== sha256(bytes)) throw new Error(`${file}: checksum does not match ${checksumFile}`);
	}
	const entries = readTar(gunzipSync(bytes));
	const manifestEntry = entries.find((entry) => entry.name === 'manifest.json');
	const databaseEntry = entries.find((entry) => entry.name.startsWith('database.'));
	if (!manifestEntry || !databaseEntry) throw new Error(`${file}: not a KZM backup`);
	const manifest = JSON.parse(manifestEntry.data.toString('utf8')) as BackupManifest;
	if (manifest.format !== ARCHIVE_FORMAT) throw new Error(`${file}: unknown backup format ${manifest.format}`);
	if (sha256(databaseEntry.data) !== manifest.databaseSha256) throw new Error(`${file}: the database part is damaged`);
	return { manifest, database: databaseEntry.data, databaseName: databaseEntry.name };
}

/** Differences between what a backup says it holds and what a database holds ([] when they agree). */
export function compareWithManifest(
	manifest: Pick<BackupManifest, 'tables' | 'files'>,
	actual: Pick<BackupManifest, 'tables' | 'files'>
): string[] {
	const differences: string[] = [];
	for (const table of new Set([...Object.keys(manifest.tables), ...Object.keys(actual.tables)])) {
		if (manifest.tables[table] !== actual.tables[table]) {
			differences.push(
				`${table}: ${manifest.tables[table] ?? 'missing'} rows in the backup, ${actual.tables[table] ?? 'missing'} restored`
			);
		}
	}
	for (const id of new Set([...Object.keys(manifest.files), ...Object.keys(actual.files)])) {
		if (manifest.files[id] !== actual.files[id]) differences.push(`file ${id}: hash differs`);
	}
	return differences;
}

export type RestoreTarget = { dataDir: string } | { url: string };

/**
 * Restores an archive into an empty PGlite data folder or an empty PostgreSQL database, then checks
 * every table's row count and every file's hash against the archive. Refuses a target holding data.
 */
export async function restoreBackup(file: string, target: RestoreTarget): Promise<{ manifest: BackupManifest }> {
	const { manifest, database } = readBackupArchive(file);
	const { openDatabase } = await import('./db/client.ts');
	if ('dataDir' in target) {
		if (manifest.databaseKind !== 'pglite')
			throw new Error('This backup is of PostgreSQL: restore it with DATABASE_URL');
		const dir = path.resolve(target.dataDir);
		if (existsSync(dir) && readdirSync(dir).length > 0) throw new Error(`${dir} is not empty`);
		mkdirSync(dir, { recursive: true });
		const [{ PGlite }, { unaccent }, { pg_trgm }] = await Promise.all([
			import('@electric-sql/pglite'),
			import('@electric-sql/pglite/contrib/unaccent'),
			import('@electric-sql/pglite/contrib/pg_trgm')
		]);
		const client = await PGlite.create(dir, {
			loadDataDir: new Blob([new Uint8Array(database)]),
			extensions: { unaccent, pg_trgm }
		});
		await client.close();
	} else {
		if (manifest.databaseKind !== 'postgres') throw new Error('This backup is of PGlite: restore it with DATA_DIR');
		const probe = await openDatabase({ url: target.url, migrate: false });
		try {
			const [row] = rowsOf<{ count: number }>(
				await probe.db.execute(
					sql`select count(*)::int as count from information_schema.tables where table_schema in ('public', 'drizzle')`
				)
			);
			if (Number(row.count) > 0) throw new Error('The target database is not empty');
		} finally {
			await probe.close();
		}
		const scratch = path.join(tmpdir(), `kzm-restore-${randomBytes(6).toString('hex')}.sql`);
		writeFileSync(scratch, database, { mode: 0o600 });
		try {
			await run(
				'psql',
				['--quiet', '--no-psqlrc', '-v', 'ON_ERROR_STOP=1', '--dbname', target.url, '--file', scratch],
				{
					maxBuffer: 64 * 1024 ** 2
				}
			);
		} finally {
			rmSync(scratch, { force: true });
		}
	}
	const restored = await openDatabase(
		'dataDir' in target ? { dataDir: target.dataDir, migrate: false } : { url: target.url, migrate: false }
	);
	try {
		const differences = compareWithManifest(manifest, await inspectDatabase(restored.db));
		if (differences.length > 0)
			throw new Error(`The restored database differs from the backup:\n${differences.join('\n')}`);
	} finally {
		await restored.close();
	}
	return { manifest };
}

/** Scheduled backups with rotation, from the configuration; returns a function that stops them. */
export function startBackupSchedule(
	opened: OpenedDatabase,
	options: { directory: string; everyHours: number; keep: number; databaseUrl?: string }
): () => void {
	if (options.everyHours <= 0) return () => {};
	const timer = setInterval(() => {
		writeBackup(opened, options.directory, { databaseUrl: options.databaseUrl })
			.then((file) => {
				rotateBackups(options.directory, options.keep);
				console.log(`[kzm] Backup written: ${file}`);
			})
			.catch((error: unknown) => console.error('[kzm] Scheduled backup failed:', error));
	}, options.everyHours * 3_600_000);
	timer.unref();
	return () => clearInterval(timer);
}

// A minimal ustar writer and reader: the archive holds two regular files, so a dependency is not worth it.

function writeTar(entries: { name: string; data: Buffer }[]): Buffer {
	const blocks: Buffer[] = [];
	const mtime = Math.floor(Date.now() / 1000);
	for (const entry of entries) {
		const header = Buffer.alloc(512);
		header.write(entry.name, 0, 100, 'utf8');
		header.write('0000644\0', 100, 'ascii');
		header.write('0000000\0', 108, 'ascii');
		header.write('0000000\0', 116, 'ascii');
		header.write(`${entry.data.length.toString(8).padStart(11, '0')}\0`, 124, 'ascii');
		header.write(`${mtime.toString(8).padStart(11, '0')}\0`, 136, 'ascii');
		header.write('        ', 148, 'ascii');
		header.write('0', 156, 'ascii');
		header.write('ustar\0', 257, 'ascii');
		header.write('00', 263, 'ascii');
		let checksum = 0;
		for (const byte of header) checksum += byte;
		header.write(`${checksum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
		blocks.push(header, entry.data, Buffer.alloc((512 - (entry.data.length % 512)) % 512));
	}
	blocks.push(Buffer.alloc(1024));
	return Buffer.concat(blocks);
}

function readTar(tar: Buffer): { name: string; data: Buffer }[] {
	const entries: { name: string; data: Buffer }[] = [];
	let offset = 0;
	while (offset + 512 <= tar.length) {
		const header = tar.subarray(offset, offset + 512);
		if (header.every((byte) => byte === 0)) break;
		const name = header.subarray(0, 100).toString('utf8').replace(/\0.*$/s, '');
		const size = parseInt(header.subarray(124, 136).toString('ascii').replace(/\0.*$/s, '').trim(), 8);
		const start = offset + 512;
		entries.push({ name, data: tar.subarray(start, start + size) });
		offset = start + Math.ceil(size / 512) * 512;
	}
	return entries;
}

/** Size of a file in bytes, for the backup script's report. */
export function fileSize(file: string): number {
	return statSync(file).size;
}

export interface BackupConfig {
	/** Where archives are written (BACKUP_DIR, default ./backups). */
	directory: string;
	/** Hours between scheduled backups (BACKUP_EVERY_HOURS, default 24; 0 turns them off). */
	everyHours: number;
	/** How many archives rotation keeps (BACKUP_KEEP, default 7). */
	keep: number;
}

/** The backup settings from the environment (documented in README.md). */
export function readBackupConfig(env: Record<string, string | undefined> = process.env): BackupConfig {
	const number = (value: string | undefined, fallback: number) =>
		value !== undefined && value !== '' && Number.isFinite(Number(value)) && Number(value) >= 0
			? Number(value)
			: fallback;
	return {
		directory: env.BACKUP_DIR || './backups',
		everyHours: number(env.BACKUP_EVERY_HOURS, 24),
		keep: Math.max(1, Math.floor(number(env.BACKUP_KEEP, 7)))
	};
}

/**
 * Where a running server on the embedded database says how to ask it for a backup: only that process
 * may open the data folder, so `npm run backup` asks it (with a token only the server's user can read).
 */
export function serverControlFile(config: BackupConfig): string {
	return path.resolve(config.directory, '.kzm-server.json');
}

export interface ServerControl {
	pid: number;
	url: string;
	token: string;
}

/** Publishes the running server's backup address and token; returns a function that withdraws them. */
export function publishServerControl(config: BackupConfig, control: ServerControl): () => void {
	const file = serverControlFile(config);
	mkdirSync(path.dirname(file), { recursive: true });
	writeFileSync(file, JSON.stringify(control), { mode: 0o600 });
	return () => {
		try {
			const current = JSON.parse(readFileSync(file, 'utf8')) as ServerControl;
			if (current.pid === control.pid) rmSync(file, { force: true });
		} catch {
			// Already gone.
		}
	};
}

/** A fresh token for the server's backup address. */
export function newControlToken(): string {
	return randomBytes(32).toString('hex');
}
