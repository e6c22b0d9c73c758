import { rmSync } from 'node:fs';
import type { BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { buildIfNeeded } from '../../scripts/build-if-needed.js';
import { BROWSER_ENDPOINT_VARIABLE, launchBrowserServer } from './browser.ts';
import { DEMO_TEMPLATE_VARIABLE, startServer, type RunningServer } from './server.ts';

let demo: RunningServer | undefined;
let browser: BrowserServer | undefined;

declare module 'vitest' {
	export interface ProvidedContext {
		demoUrl: string;
	}
}

/**
 * Builds the platform once, seeds the demo office once into a template data folder, starts the one
 * Chromium every journey connects to (workers are started after this and inherit both variables),
 * and starts the demo office every read-only journey shares.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	buildIfNeeded();
	const [seeded, shared] = await Promise.all([startServer({ demo: true, keepData: true }), launchBrowserServer()]);
	browser = shared;
	process.env[BROWSER_ENDPOINT_VARIABLE] = shared.wsEndpoint();
	await seeded.stop();
	process.env[DEMO_TEMPLATE_VARIABLE] = seeded.dataDir;
	demo = await startServer({ demo: true });
	project.provide('demoUrl', demo.url);
	return async () => {
		await demo?.stop();
		await browser?.close();
		rmSync(seeded.dataDir, { recursive: true, force: true });
	};
}
