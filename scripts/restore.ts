// `npm run restore FILE`: restores a backup archive into an empty data folder (DATA_DIR) or an empty
// PostgreSQL database (DATABASE_URL), checks the checksum first and every table's row count and every
// stored file's hash afterwards. `--data-dir DIR` or `--database-url URL` name another target.
import { readConfig } from '../src/lib/server/config.ts';
import { restoreBackup } from '../src/lib/server/backup.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
	const index = args.indexOf(name);
	return index >= 0 ? args.splice(index, 2)[1] : undefined;
};
const dataDir = option('--data-dir');
const databaseUrl = option('--database-url');
const [file] = args;
if (!file) {
	console.error('Usage: npm run restore -- FILE [--data-dir DIR | --database-url URL]');
	process.exit(2);
}
const config = readConfig();
const target = databaseUrl
	? { url: databaseUrl }
	: dataDir
		? { dataDir }
		: config.databaseUrl
			? { url: config.databaseUrl }
			: { dataDir: config.dataDir };
try {
	const { manifest } = await restoreBackup(file, target);
	const rows = Object.values(manifest.tables).reduce((sum, count) => sum + count, 0);
	console.log(
		`[kzm] Restored ${file} (made ${manifest.createdAt}) into ${'url' in target ? 'the database' : target.dataDir}: ` +
			`${Object.keys(manifest.tables).length} tables and ${rows} rows match, ${Object.keys(manifest.files).length} stored files have their hashes.`
	);
} catch (caught) {
	console.error(`[kzm] Restore failed: ${caught instanceof Error ? caught.message : String(caught)}`);
	process.exit(1);
}
