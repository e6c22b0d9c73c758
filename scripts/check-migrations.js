// Fails when the Drizzle schema and the committed migrations differ: drizzle-kit generates into a
// copy of the migrations folder, and any new file means someone forgot `npm run db:generate`.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';

const copy = mkdtempSync(path.join(tmpdir(), 'kzm-migrations-'));
cpSync('drizzle', copy, { recursive: true });
const before = readdirSync(copy).length;
const result = spawnSync(
	process.execPath,
	[
		'node_modules/drizzle-kit/bin.cjs',
		'generate',
		'--dialect',
		'postgresql',
		'--schema',
		'./src/lib/server/db/schema.ts',
		'--out',
		copy
	],
	{ encoding: 'utf8' }
);
const after = readdirSync(copy).length;
rmSync(copy, { recursive: true, force: true });
if (result.status !== 0) {
	console.error(result.stdout, result.stderr);
	process.exit(1);
}
if (after !== before) {
	console.error('The schema has changes without a migration. Run `npm run db:generate` and commit the result.');
	process.exit(1);
}
console.log('Migrations match the schema.');
