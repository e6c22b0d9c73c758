// `npm run test:pg`: the integration suite against a real PostgreSQL server. Each test file gets a
// database of its own on that server, created and dropped by the tests.
import { spawnSync } from 'node:child_process';

const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
console.log(`[kzm] Integration tests on PostgreSQL: ${url.replace(/\/\/[^@]*@/, '//***@')}`);
// A package install removes the generated $app types the TypeScript transform needs; regenerate them.
spawnSync(process.execPath, ['node_modules/@sveltejs/kit/svelte-kit.js', 'sync'], { stdio: 'inherit' });
const result = spawnSync(
	process.execPath,
	['node_modules/vitest/vitest.mjs', 'run', 'integration', ...process.argv.slice(2)],
	{
		stdio: 'inherit',
		env: { ...process.env, TEST_DATABASE_URL: url }
	}
);
process.exit(result.status ?? 1);
