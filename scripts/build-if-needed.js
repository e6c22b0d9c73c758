// Builds the production bundle when it is missing or older than the sources, so that
// `npm start` on a fresh clone just works and a restart does not rebuild for nothing.
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const STAMP = 'build/.kzm-build-stamp';
const SOURCES = ['src', 'static', 'drizzle', 'package.json', 'package-lock.json', 'vite.config.ts'];

/** @param {string} target @returns {number} */
function newest(target) {
	if (!existsSync(target)) return 0;
	const stat = statSync(target);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let latest = stat.mtimeMs;
	for (const entry of readdirSync(target)) latest = Math.max(latest, newest(path.join(target, entry)));
	return latest;
}

/** Runs `vite build` unless build/ is newer than every source file. */
export function buildIfNeeded() {
	const built = existsSync(STAMP) && existsSync('build/handler.js') ? statSync(STAMP).mtimeMs : 0;
	if (built > Math.max(...SOURCES.map(newest))) return;
	console.log('[kzm] Building the platform (first start or changed sources)…');
	const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], { stdio: 'inherit' });
	if (result.status !== 0) process.exit(result.status ?? 1);
	writeFileSync(STAMP, new Date().toISOString());
}

if (import.meta.url === `file://${process.argv[1]}`) buildIfNeeded();
