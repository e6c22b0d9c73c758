import { defineConfig } from 'vitest/config';

// End-to-end journeys: a production build served on localhost, driven by Debian's Chromium.
export default defineConfig({
	test: {
		include: ['e2e/**/*.e2e.ts'],
		environment: 'node',
		globalSetup: ['e2e/support/global-setup.ts'],
		// Two journeys at a time: one journey keeps about one of the two cores busy (the server waits
		// while the browser renders and axe checks, and the other way round), so two files side by side
		// finish the suite about a third sooner; more would only queue. They share one Chromium (global
		// setup), each with its own contexts, and each writing journey its own copy of the demo office.
		fileParallelism: true,
		maxWorkers: 2,
		testTimeout: 90_000,
		hookTimeout: 120_000
	}
});
