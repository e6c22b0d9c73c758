// `npm run test:pg`: the integration suite against a real PostgreSQL server. Each test file gets a
// database of its own on that server, created and dropped by the tests.
import { spawnSync } from 'node:child_process';

const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
console.log(`[kzm] Integration tests on PostgreSQL: ${url.replace(/\/\/[^@]*@/, '//***@')}`);
// A package install removes the generated $app types the TypeScript transform needs; regenerate them.
spawnSync(process.execPath, ['node_modules/@sveltejs/kit/svelte-kit.js', 'sync'], { stdio: 'inherit' });
// Vitest joins file filters with "or": the default filter `integration` is added only when the caller
// names no file of their own, so `npm run test:pg -- some.integration.test.ts` runs that file alone.
const named = process.argv.slice(2).some((argument) => !argument.startsWith('-'));
const filters = named ? [] : ['integration'];
const result = spawnSync(
	process.execPath,
	['node_modules/vitest/vitest.mjs', 'run', ...filters, ...process.argv.slice(2)],
	{
		stdio: 'inherit',
		env: { ...process.env, TEST_DATABASE_URL: url }
	}
);
process.exit(result.status ?? 1);
