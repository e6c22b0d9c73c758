import { ensureTemplate } from './template.ts';

/** Vitest global setup: prepare the migrated template once for every test file. */
export default async function setup(): Promise<void> {
	if (!process.env.TEST_DATABASE_URL) await ensureTemplate();
}
