import { defineConfig } from 'vitest/config';

// End-to-end journeys: a production build served on localhost, driven by Debian's Chromium.
export default defineConfig({
	test: {
		include: ['e2e/**/*.e2e.ts'],
		environment: 'node',
		globalSetup: ['e2e/support/global-setup.ts'],
		// Two cores: one server and one browser at a time keeps timings stable.
		fileParallelism: false,
		testTimeout: 90_000,
		hookTimeout: 120_000
	}
});
