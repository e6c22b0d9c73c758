import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SERVER_NODE_FLAGS } from '../../../scripts/server-flags.js';

describe('the server’s Node flags', () => {
	it('are the ones `npm start` passes, so the bench and the journeys run the server as it is run', () => {
		const manifest = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
			scripts: Record<string, string>;
		};
		expect(manifest.scripts.start).toBe(`node ${SERVER_NODE_FLAGS.join(' ')} scripts/start.js`);
	});
});
