// `npm run backup`: one archive of the database and every stored file, with a checksum beside it.
// On the embedded database while the server runs, the server itself writes it (only it may open the
// folder); otherwise this process opens the database. Settings: DATA_DIR or DATABASE_URL, BACKUP_DIR,
// BACKUP_KEEP (see README.md).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readConfig } from '../src/lib/server/config.ts';
import { openDatabase } from '../src/lib/server/db/client.ts';
import {
	fileSize,
	readBackupArchive,
	readBackupConfig,
	rotateBackups,
	serverControlFile,
	writeBackup,
	type ServerControl
} from '../src/lib/server/backup.ts';

const config = readConfig();
const backupConfig = readBackupConfig();

/** The running server that holds the embedded database, if there is one. */
function runningServer(): ServerControl | null {
	const file = serverControlFile(backupConfig);
	if (!existsSync(file)) return null;
	const control = JSON.parse(readFileSync(file, 'utf8')) as ServerControl;
	try {
		process.kill(control.pid, 0);
		return control;
	} catch {
		return null;
	}
}

let file: string;
const server = config.databaseUrl ? null : runningServer();
if (server) {
	const response = await fetch(`${server.url}/api/backup`, {
		method: 'POST',
		// SvelteKit refuses a POST without a same-site Origin.
		headers: { authorization: `Bearer ${server.token}`, origin: server.url }
	});
	if (!response.ok) throw new Error(`The running server refused the backup (${response.status})`);
	file = ((await response.json()) as { file: string }).file;
} else {
	if (!config.databaseUrl && !existsSync(path.join(config.dataDir, 'PG_VERSION'))) {
		console.error(`[kzm] No database in ${path.resolve(config.dataDir)} (DATA_DIR): nothing to back up.`);
		process.exit(1);
	}
	const opened = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, migrate: false });
	try {
		file = await writeBackup(opened, backupConfig.directory, { databaseUrl: config.databaseUrl });
		rotateBackups(backupConfig.directory, backupConfig.keep);
	} finally {
		await opened.close();
	}
}

const { manifest } = readBackupArchive(file);
const rows = Object.values(manifest.tables).reduce((sum, count) => sum + count, 0);
console.log(`[kzm] Backup written: ${file} (${(fileSize(file) / 1024 ** 2).toFixed(1)} MB)`);
console.log(`[kzm] Checksum: ${file}.sha256`);
console.log(
	`[kzm] ${Object.keys(manifest.tables).length} tables, ${rows} rows, ${Object.keys(manifest.files).length} stored files (${manifest.databaseKind}${server ? ', written by the running server' : ''})`
);
