import { describe, expect, it } from 'vitest';
import { startServer } from './support/server.ts';

describe('operator-stops-server', () => {
	it('closes the database and exits within a few seconds of SIGTERM', async () => {
		const server = await startServer({ demo: true });
		const response = await fetch(`${server.url}/health`);
		expect(await response.json()).toEqual({ status: 'ok', database: 'pglite' });
		const started = Date.now();
		await server.stop();
		expect(Date.now() - started).toBeLessThan(5_000);
		expect(server.output()).toContain('Listening on');
	});
});
