import type { TestProject } from 'vitest/node';
import { buildIfNeeded } from '../../scripts/build-if-needed.js';
import { startServer, type RunningServer } from './server.ts';

let demo: RunningServer | undefined;

declare module 'vitest' {
	export interface ProvidedContext {
		demoUrl: string;
	}
}

/** Builds the platform once and starts the demo office every journey shares. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	buildIfNeeded();
	demo = await startServer({ demo: true });
	project.provide('demoUrl', demo.url);
	return async () => {
		await demo?.stop();
	};
}
