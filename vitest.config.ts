import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// Kept apart from vite.config.ts: the `test` key does not type-check inside Kit's config,
// and unit/integration tests need no Svelte compilation.
export default defineConfig({
	resolve: {
		alias: [{ find: /^#lib\/(.*)$/, replacement: fileURLToPath(new URL('./src/lib/$1', import.meta.url)) }]
	},
	test: {
		include: ['src/**/*.test.ts'],
		environment: 'node',
		pool: 'forks',
		globalSetup: ['src/lib/server/testing/global-setup.ts'],
		testTimeout: 30_000,
		hookTimeout: 60_000
	}
});
