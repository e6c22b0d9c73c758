import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer } from 'node:net';
import { SERVER_NODE_FLAGS } from '../../scripts/server-flags.js';

export interface RunningServer {
	url: string;
	output: () => string;
	stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

/**
 * The data folder of a stopped server that loaded the demo office, made once per run by the global
 * setup: journeys copy it instead of migrating and seeding again (about 15 s each on two cores).
 */
export const DEMO_TEMPLATE_VARIABLE = 'KZM_E2E_DEMO_TEMPLATE';

/**
 * Starts the built platform (scripts/serve.js) on a free port with a fresh embedded database: a copy
 * of the demo template when there is one, otherwise migrated (and seeded) at start.
 */
export async function startServer(options: {
	demo: boolean;
	env?: Record<string, string>;
	keepData?: boolean;
}): Promise<RunningServer & { dataDir: string }> {
	const port = await freePort();
	const dataDir = mkdtempSync(path.join(tmpdir(), 'kzm-e2e-'));
	const template = process.env[DEMO_TEMPLATE_VARIABLE];
	if (options.demo && template) cpSync(template, dataDir, { recursive: true });
	let log = '';
	const child: ChildProcess = spawn(process.execPath, [...SERVER_NODE_FLAGS, 'scripts/serve.js'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			DATA_DIR: dataDir,
			KZM_DEMO: options.demo ? '1' : '0',
			DATABASE_URL: '',
			SMTP_URL: '',
			ORIGIN: '',
			// A journey sees the demo office as it was seeded; one that needs the jobs' mail asks for them.
			JOBS_AT_START: '0',
			...options.env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	child.stdout?.on('data', (chunk) => (log += chunk));
	child.stderr?.on('data', (chunk) => (log += chunk));
	const url = `http://127.0.0.1:${port}`;
	// A loaded machine (several builds at once) can take longer than a minute to seed the demo office.
	const startTimeoutMs = Number(process.env.E2E_START_TIMEOUT_MS) || 240_000;
	const deadline = Date.now() + startTimeoutMs;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`The server exited early:\n${log}`);
		try {
			const response = await fetch(`${url}/health`);
			if (response.ok) break;
		} catch {
			/* not listening yet */
		}
		if (Date.now() > deadline) throw new Error(`The server did not start within ${startTimeoutMs / 1000} s:\n${log}`);
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	return {
		url,
		dataDir,
		output: () => log,
		stop: async () => {
			if (child.exitCode === null) {
				const exited = new Promise((resolve) => child.once('exit', resolve));
				child.kill('SIGTERM');
				await exited;
			}
			if (!options.keepData) rmSync(dataDir, { recursive: true, force: true });
		}
	};
}
