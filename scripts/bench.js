// `npm run bench`: seeds a PostgreSQL database with bulk content, serves the production build on it
// and prints requests per second and latency percentiles for the main public pages.
// Uses BENCH_DATABASE_URL when given; otherwise creates and drops a database on the local server
// (TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres).
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import autocannon from 'autocannon';
import pg from 'pg';
import { buildIfNeeded } from './build-if-needed.js';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

/** @returns {Promise<number>} */
function freePort() {
	return new Promise((resolve) => {
		const probe = createServer();
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

let databaseUrl = process.env.BENCH_DATABASE_URL;
let dropDatabase = async () => {};
if (!databaseUrl) {
	const server = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
	const name = `kzm_bench_${Date.now()}`;
	const admin = new pg.Client({ connectionString: server });
	await admin.connect();
	await admin.query(`CREATE DATABASE ${name}`);
	await admin.end();
	const url = new URL(server);
	url.pathname = `/${name}`;
	databaseUrl = url.toString();
	dropDatabase = async () => {
		const dropper = new pg.Client({ connectionString: server });
		await dropper.connect();
		await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
		await dropper.end();
	};
}

buildIfNeeded();
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, ['scripts/serve.js'], {
	env: {
		...process.env,
		DATABASE_URL: databaseUrl,
		KZM_DEMO: '1',
		PORT: String(port),
		HOST: '127.0.0.1',
		SMTP_URL: ''
	},
	stdio: ['ignore', 'ignore', 'inherit']
});
try {
	for (let attempt = 0; ; attempt++) {
		try {
			if ((await fetch(`${base}/health`)).ok) break;
		} catch {
			/* starting */
		}
		if (attempt > 300) throw new Error('the server did not start');
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	console.log('Seeding bulk content…');
	const seeded = spawnSync(process.execPath, ['scripts/bench-seed.ts'], {
		env: { ...process.env, DATABASE_URL: databaseUrl },
		encoding: 'utf8'
	});
	if (seeded.status !== 0) throw new Error(seeded.stderr);
	const { newsSlug, opportunitySlug, eventSlug } = JSON.parse(seeded.stdout.trim().split('\n').pop() ?? '{}');

	const pages = [
		['home', '/'],
		['home (Latin)', '/lat'],
		['news list', '/news'],
		['news article', `/news/${newsSlug}`],
		['opportunities', '/opportunities'],
		['opportunity', `/opportunities/${opportunitySlug}`],
		['events', '/events'],
		['events calendar', '/events/calendar'],
		['event (course)', `/events/${eventSlug}`],
		['search', '/search?q=omladinski+klub'],
		['search (typo)', '/search?q=omladinki+klub']
	];
	// BENCH_PAGES=search,home limits the run to the pages whose names start with one of the words.
	const only = (process.env.BENCH_PAGES ?? '').split(',').filter(Boolean);
	const rows = [];
	for (const [name, path] of pages.filter(
		([name]) => only.length === 0 || only.some((word) => name.startsWith(word))
	)) {
		const status = (await fetch(base + path)).status;
		const headers = { accept: 'text/html' };
		// Throughput under concurrent load, then latency one request at a time (no queueing in the figure).
		const loaded = await autocannon({ url: base + path, connections: CONNECTIONS, duration: DURATION, headers });
		const single = await autocannon({ url: base + path, connections: 1, duration: Math.max(2, DURATION / 2), headers });
		rows.push({
			page: name,
			status,
			'req/s': Math.round(loaded.requests.average),
			'p50 ms': single.latency.p50,
			'p90 ms': single.latency.p90,
			'p99 ms': single.latency.p99,
			'p50 ms loaded': loaded.latency.p50,
			errors: loaded.errors + loaded.timeouts + loaded.non2xx + single.errors + single.timeouts + single.non2xx
		});
	}
	console.log(
		`\nPostgreSQL. req/s and 'loaded' with ${CONNECTIONS} connections for ${DURATION} s; p50/p90/p99 one request at a time (loopback HTTP included):`
	);
	console.table(rows);
	// Survey analysis (20,000 responses) is timed at the query level on both databases.
	if (only.length === 0 || only.includes('surveys'))
		spawnSync(process.execPath, ['scripts/bench-surveys.ts'], {
			env: {
				...process.env,
				BENCH_DATABASE_URL: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
			},
			stdio: 'inherit'
		});
} finally {
	server.kill('SIGTERM');
	await new Promise((resolve) => server.once('exit', resolve));
	await dropDatabase();
}
