import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildIfNeeded } from '../../scripts/build-if-needed.js';
import { DEMO_TEMPLATE_VARIABLE, startServer, type RunningServer } from './server.ts';

let demo: RunningServer | undefined;

declare module 'vitest' {
	export interface ProvidedContext {
		demoUrl: string;
	}
}

/**
 * Builds the platform once, seeds the demo office once into a template data folder (workers are
 * started after this and inherit the variable), and starts the demo office every read-only journey
 * shares.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	buildIfNeeded();
	const seeded = await startServer({ demo: true, keepData: true });
	await seeded.stop();
	process.env[DEMO_TEMPLATE_VARIABLE] = seeded.dataDir;
	demo = await startServer({ demo: true });
	project.provide('demoUrl', demo.url);
	return async () => {
		await demo?.stop();
		rmSync(seeded.dataDir, { recursive: true, force: true });
	};
}
