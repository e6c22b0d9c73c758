// `npm run test:backup`: the backup round trip CI runs as its own step (issue 14). It starts the
// production build on a fresh data folder with the demo office, takes `npm run backup` while that
// server runs (the consistent path an office uses), restores the archive into another fresh folder
// with `npm run restore` (which checks every table's row count and every stored file's hash against
// the archive), then starts the platform on the restored folder and compares the pages it serves.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildIfNeeded } from './build-if-needed.js';
import { SERVER_NODE_FLAGS } from './server-flags.js';

const started = Date.now();
const scratch = mkdtempSync(path.join(tmpdir(), 'kzm-backup-round-trip-'));
const sourceDir = path.join(scratch, 'source');
const restoredDir = path.join(scratch, 'restored');
const backupDir = path.join(scratch, 'backups');
/** Pages whose text must be the same before and after: the office, its news, events and directory. */
const PAGES = ['/', '/news', '/events', '/organisations', '/opportunities'];

/** @returns {Promise<number>} */
function freePort() {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

/**
 * Starts the built platform on a data folder and waits until it answers.
 * @param {string} dataDir
 * @returns {Promise<{ url: string, stop: () => Promise<unknown> }>}
 */
async function startServer(dataDir) {
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, 'scripts/serve.js'], {
		env: {
			...process.env,
			DATA_DIR: dataDir,
			BACKUP_DIR: backupDir,
			PORT: String(port),
			HOST: '127.0.0.1',
			// The pages compared are the backup's, not what a start-up job run would change after it.
			JOBS_AT_START: '0'
		},
		stdio: ['ignore', 'inherit', 'inherit']
	});
	const exited = new Promise((resolve) => child.once('exit', resolve));
	for (let attempt = 0; attempt < 240; attempt++) {
		if (child.exitCode !== null) throw new Error(`The server on ${dataDir} ended (${child.exitCode})`);
		try {
			const response = await fetch(`${url}/`, { redirect: 'manual' });
			if (response.status === 200) return { url, stop: () => (child.kill('SIGTERM'), exited) };
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	child.kill('SIGTERM');
	throw new Error(`The server on ${dataDir} did not answer within two minutes`);
}

/**
 * The visible text of the pages, without what changes from one render to the next.
 * @param {string} url
 */
async function pageTexts(url) {
	/** @type {Record<string, string>} */
	const texts = {};
	for (const page of PAGES) {
		const response = await fetch(`${url}${page}`);
		if (response.status !== 200) throw new Error(`${page} answered ${response.status}`);
		texts[page] = (await response.text())
			.replace(/<script[\s\S]*?<\/script>/g, '')
			.replace(/nonce="[^"]*"/g, '')
			.replace(/<[^>]+>/g, ' ')
			.replace(/\s+/g, ' ')
			.trim();
	}
	return texts;
}

/**
 * Runs one of the project's scripts and returns its output, failing the round trip on an error.
 * @param {string} script
 * @param {string[]} args
 * @param {Record<string, string>} env
 */
function run(script, args, env) {
	const result = spawnSync(process.execPath, [script, ...args], { env: { ...process.env, ...env }, encoding: 'utf8' });
	process.stdout.write(result.stdout);
	process.stderr.write(result.stderr);
	if (result.status !== 0) throw new Error(`${script} failed (${result.status})`);
	return result.stdout;
}

try {
	buildIfNeeded();
	const source = await startServer(sourceDir);
	const before = await pageTexts(source.url);
	const backupOutput = run('scripts/backup.ts', [], { DATA_DIR: sourceDir, BACKUP_DIR: backupDir });
	await source.stop();
	const file = /Backup written: (.+?) \(/.exec(backupOutput)?.[1];
	if (!file) throw new Error('The backup did not say where it wrote the archive');
	if (!backupOutput.includes('written by the running server')) {
		throw new Error('The backup was not taken by the running server');
	}

	// Restore checks every table's row count and every file's hash against the archive's manifest.
	run('scripts/restore.ts', [file, '--data-dir', restoredDir], {});

	const restored = await startServer(restoredDir);
	const after = await pageTexts(restored.url);
	await restored.stop();
	const differing = PAGES.filter((page) => before[page] !== after[page]);
	if (differing.length) throw new Error(`These pages differ after the restore: ${differing.join(', ')}`);
	console.log(
		`[kzm] Backup round trip passed in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
			`${PAGES.length} pages read the same on the restored platform.`
	);
} finally {
	rmSync(scratch, { recursive: true, force: true });
}
