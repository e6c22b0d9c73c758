import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase, type OpenedDatabase } from './db/client.ts';
import { loadDemoOffice } from '../modules/registry.server.ts';
import {
	compareWithManifest,
	inspectDatabase,
	readBackupArchive,
	restoreBackup,
	rotateBackups,
	writeBackup
} from './backup.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'kzm-backup-test-'));
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
	for (const cleanup of cleanups.reverse()) await cleanup();
	rmSync(scratch, { recursive: true, force: true });
});

/** The source database with the demo office: PGlite in a folder, or a new database on TEST_DATABASE_URL. */
async function openSource(): Promise<{ opened: OpenedDatabase; url?: string }> {
	const serverUrl = process.env.TEST_DATABASE_URL;
	if (!serverUrl) {
		const opened = await openDatabase({ dataDir: mkdtempSync(path.join(scratch, 'source-')) });
		cleanups.push(() => opened.close());
		return { opened };
	}
	const url = await createPostgresDatabase(serverUrl);
	const opened = await openDatabase({ url });
	cleanups.push(() => opened.close());
	return { opened, url };
}

async function createPostgresDatabase(serverUrl: string): Promise<string> {
	const { default: pg } = await import('pg');
	const name = `kzm_backup_${randomBytes(5).toString('hex')}`;
	const admin = new pg.Client({ connectionString: serverUrl });
	await admin.connect();
	await admin.query(`CREATE DATABASE ${name}`);
	await admin.end();
	cleanups.push(async () => {
		const dropper = new pg.Client({ connectionString: serverUrl });
		await dropper.connect();
		await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
		await dropper.end();
	});
	const target = new URL(serverUrl);
	target.pathname = `/${name}`;
	return target.toString();
}

let backupFile: string | undefined;

describe('backup and restore', () => {
	it('round-trips the demo office: every table’s rows and every file’s hash come back, and the platform starts on it', async () => {
		const { opened, url } = await openSource();
		await loadDemoOffice(opened.db);
		const before = await inspectDatabase(opened.db);
		expect(before.tables['public.offices']).toBe(1);
		expect(before.tables['public.registrations']).toBeGreaterThan(0);
		expect(Object.keys(before.files).length).toBeGreaterThan(0);

		const directory = path.join(scratch, 'backups');
		const file = await writeBackup(opened, directory, { databaseUrl: url });
		expect(readdirSync(directory).sort()).toEqual([path.basename(file), `${path.basename(file)}.sha256`]);
		backupFile = file;
		const { manifest } = readBackupArchive(file);
		expect(manifest.databaseKind).toBe(opened.kind);
		expect(compareWithManifest(manifest, before)).toEqual([]);

		const target = url
			? { url: await createPostgresDatabase(process.env.TEST_DATABASE_URL!) }
			: { dataDir: path.join(scratch, 'restored') };
		await restoreBackup(file, target);

		// Started as the server starts: migrations checked, then the same contents.
		const restored = await openDatabase('url' in target ? { url: target.url } : { dataDir: target.dataDir });
		try {
			expect(compareWithManifest(before, await inspectDatabase(restored.db))).toEqual([]);
		} finally {
			await restored.close();
		}

		// A target that already holds data is refused.
		await expect(restoreBackup(file, target)).rejects.toThrow(/not empty/);
	}, 300_000);

	it('refuses a damaged archive', () => {
		expect(backupFile).toBeDefined();
		const bytes = readFileSync(backupFile!);
		bytes[bytes.length - 30] ^= 0xff;
		const damaged = path.join(scratch, path.basename(backupFile!));
		writeFileSync(damaged, bytes);
		// Without its checksum file the archive's own hash of the database part still catches it.
		expect(() => readBackupArchive(damaged)).toThrow();
		writeFileSync(`${damaged}.sha256`, readFileSync(`${backupFile}.sha256`));
		expect(() => readBackupArchive(damaged)).toThrow(/checksum/);
	});

	it('keeps only the newest backups when rotating', () => {
		const directory = mkdtempSync(path.join(scratch, 'rotation-'));
		const names = ['20261201T020000Z', '20261202T020000Z', '20261203T020000Z'].map(
			(time) => `kzm-backup-${time}.tar.gz`
		);
		writeFileSync(path.join(directory, 'notes.txt'), '');
		for (const name of names) {
			writeFileSync(path.join(directory, name), '');
			writeFileSync(path.join(directory, `${name}.sha256`), '');
		}
		expect(rotateBackups(directory, 2)).toEqual([names[0]]);
		expect(readdirSync(directory).sort()).toEqual([
			names[1],
			`${names[1]}.sha256`,
			names[2],
			`${names[2]}.sha256`,
			'notes.txt'
		]);
	});
});
