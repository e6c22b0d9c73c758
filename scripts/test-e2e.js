// `npm run test:e2e`: builds when needed, then runs the journeys in e2e/ against the production server.
import { spawnSync } from 'node:child_process';
import { buildIfNeeded } from './build-if-needed.js';

buildIfNeeded();
const result = spawnSync(
	process.execPath,
	['node_modules/vitest/vitest.mjs', 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)],
	{
		stdio: 'inherit'
	}
);
process.exit(result.status ?? 1);
