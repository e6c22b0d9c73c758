import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer } from 'node:net';

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

/** Starts the built platform (scripts/serve.js) on a free port with a fresh embedded database. */
export async function startServer(options: { demo: boolean; env?: Record<string, string> }): Promise<RunningServer> {
	const port = await freePort();
	const dataDir = mkdtempSync(path.join(tmpdir(), 'kzm-e2e-'));
	let log = '';
	const child: ChildProcess = spawn(process.execPath, ['scripts/serve.js'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			DATA_DIR: dataDir,
			KZM_DEMO: options.demo ? '1' : '0',
			DATABASE_URL: '',
			SMTP_URL: '',
			ORIGIN: '',
			...options.env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	child.stdout?.on('data', (chunk) => (log += chunk));
	child.stderr?.on('data', (chunk) => (log += chunk));
	const url = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + 60_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`The server exited early:\n${log}`);
		try {
			const response = await fetch(`${url}/health`);
			if (response.ok) break;
		} catch {
			/* not listening yet */
		}
		if (Date.now() > deadline) throw new Error(`The server did not start within 60 s:\n${log}`);
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	return {
		url,
		output: () => log,
		stop: async () => {
			if (child.exitCode === null) {
				const exited = new Promise((resolve) => child.once('exit', resolve));
				child.kill('SIGTERM');
				await exited;
			}
			rmSync(dataDir, { recursive: true, force: true });
		}
	};
}
