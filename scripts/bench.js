// `npm run bench`: seeds a PostgreSQL database with bulk content, serves the production build on it
// and prints requests per second and latency percentiles for the main public pages.
// `npm run bench -- statistics` times the office's statistics instead (scripts/bench-statistics.ts).
// Uses BENCH_DATABASE_URL when given; otherwise creates and drops a database on the local server
// (TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres).
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import autocannon from 'autocannon';
import pg from 'pg';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildIfNeeded } from './build-if-needed.js';
import { SERVER_NODE_FLAGS } from './server-flags.js';

// `npm run bench -- statistics`: the office's statistics for a large city's year (scripts/bench-statistics.ts,
// its own seed, on PGlite and on PostgreSQL), without the portal.
if (process.argv.includes('statistics')) {
	const run = spawnSync(process.execPath, ['scripts/bench-statistics.ts', '--pg'], { stdio: 'inherit' });
	process.exit(run.status ?? 1);
}

// `npm run bench -- search`: the site search at the query level (scripts/bench-search.ts, the bench data
// on PGlite and on PostgreSQL), without the portal.
if (process.argv.includes('search')) {
	const run = spawnSync(process.execPath, ['scripts/bench-search.ts'], { stdio: 'inherit' });
	process.exit(run.status ?? 1);
}

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
/** @param {string} url */
async function waitFor(url) {
	for (let attempt = 0; ; attempt++) {
		try {
			if ((await fetch(url)).status < 500) return;
		} catch {
			/* starting */
		}
		if (attempt > 600) throw new Error(`${url} did not start`);
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
}
// BENCH_NODE_FLAGS replaces the server's Node flags for a comparison (`BENCH_NODE_FLAGS= ` runs V8's defaults).
const serverFlags =
	process.env.BENCH_NODE_FLAGS === undefined
		? SERVER_NODE_FLAGS
		: process.env.BENCH_NODE_FLAGS.split(/\s+/).filter(Boolean);
/** @param {Record<string, string>} extra */
async function startPortal(extra = {}) {
	const port = await freePort();
	const child = spawn(process.execPath, [...serverFlags, 'scripts/serve.js'], {
		env: {
			...process.env,
			DATABASE_URL: databaseUrl,
			KZM_DEMO: '1',
			JOBS_AT_START: '0',
			PORT: String(port),
			HOST: '127.0.0.1',
			SMTP_URL: '',
			...extra
		},
		stdio: ['ignore', 'ignore', 'pipe']
	});
	// The server's own memory reports (MEMORY_LOG_SECONDS, scripts/serve.js) are kept, the latest first use;
	// everything else it writes to stderr goes through.
	/** @type {{ memory: Record<string, number> | null }} */
	const reported = { memory: null };
	let pending = '';
	child.stderr?.setEncoding('utf8');
	child.stderr?.on('data', (/** @type {string} */ chunk) => {
		const lines = (pending + chunk).split('\n');
		pending = lines.pop() ?? '';
		for (const line of lines) {
			if (line.startsWith(MEMORY_LINE)) reported.memory = JSON.parse(line.slice(MEMORY_LINE.length));
			else process.stderr.write(`${line}\n`);
		}
	});
	return { child, base: `http://127.0.0.1:${port}`, reported };
}
const MEMORY_LINE = '[kzm] memory ';
/** Resident memory of a process in MB (Linux). @param {number | undefined} pid */
function rssOf(pid) {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
	} catch {
		return 0;
	}
}
const COMPARE = process.env.BENCH_COMPARE === '1';
const SOAK = process.argv.includes('soak');
const LIGHTHOUSE = process.argv.includes('lighthouse');
const COMPARE_DATABASES = process.env.BENCH_COMPARE === 'databases';
/** The pages the side-by-side run measures. */
const COMPARED = [
	'home',
	'news article',
	'news list',
	'news page 50',
	'event (course)',
	'events calendar',
	'search',
	'search (Cyrillic)'
];
const {
	child: server,
	base,
	reported: serverReported
} = await startPortal(
	COMPARE ? {} : { PAGE_CACHE: process.env.PAGE_CACHE ?? '', ...(SOAK ? { MEMORY_LOG_SECONDS: '10' } : {}) }
);
/** @type {{ child: import('node:child_process').ChildProcess, base: string, reported?: { memory: Record<string, number> | null } }[]} */
const others = [];
try {
	await waitFor(`${base}/health`);
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
		['news page 50', '/news?page=50'],
		['initiatives', '/initiatives'],
		['initiatives (most supported)', '/initiatives?sort=supported'],
		['budget results', '/budget'],
		['search', '/search?q=omladinski+klub'],
		[
			'search (Cyrillic)',
			'/search?q=%D0%BE%D0%BC%D0%BB%D0%B0%D0%B4%D0%B8%D0%BD%D1%81%D0%BA%D0%B8+%D0%BA%D0%BB%D1%83%D0%B1'
		],
		['search (typo)', '/search?q=omladinki+klub']
	];
	if (SOAK) await soak(pages);
	else if (LIGHTHOUSE) await lighthouse(pages);
	else if (COMPARE) await compare(pages);
	else if (COMPARE_DATABASES) await compareDatabases(pages);
	else await classic(pages);
} finally {
	for (const child of [server, ...others.map((other) => other.child)]) {
		child.kill('SIGTERM');
		await new Promise((resolve) => child.once('exit', resolve));
	}
	await dropDatabase();
}

/** The original run: every page on the portal (with its cache as configured), throughput then latency. @param {string[][]} pages */
async function classic(pages) {
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
}

/** @param {number[]} values */
function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

/**
 * BENCH_COMPARE=1: the portal with its page cache, the portal without it (PAGE_CACHE=off) and a bare Node server
 * sending the same bytes, measured in turns (A, B, C, A, B, C, …; BENCH_ROUNDS, default 3) at 10 and 50
 * connections; medians of the rounds. Prints each server's resident memory before and after.
 * @param {string[][]} pages
 */
async function compare(pages) {
	const uncached = await startPortal({ PAGE_CACHE: 'off' });
	others.push(uncached);
	await waitFor(`${uncached.base}/health`);
	const chosen = pages.filter(([name]) => COMPARED.includes(name));
	/** @type {Record<string, { type: string, body: string }>} */
	const saved = {};
	for (const [, path] of chosen) {
		const response = await fetch(base + path, { headers: { accept: 'text/html' } });
		saved[path] = {
			type: response.headers.get('content-type') ?? 'text/html',
			body: Buffer.from(await response.arrayBuffer()).toString('base64')
		};
	}
	const file = join(tmpdir(), `kzm-bench-bare-${process.pid}.json`);
	writeFileSync(file, JSON.stringify(saved));
	const barePort = await freePort();
	const bareBase = `http://127.0.0.1:${barePort}`;
	const bare = spawn(process.execPath, ['scripts/bench-bare.js'], {
		env: { ...process.env, PORT: String(barePort), BARE_PAGES: file },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	others.push({ child: bare, base: bareBase });
	await waitFor(`${bareBase}/`);
	/** @type {[string, string, number | undefined][]} */
	const targets = [
		['cached', base, server.pid],
		['no cache', uncached.base, uncached.child.pid],
		['bare', bareBase, bare.pid]
	];
	await measureInTurns(targets, chosen, 'PostgreSQL', 'bare');
}

/**
 * Each page on each server in turns (A, B, C, A, B, C, …; BENCH_ROUNDS, default 3) at 10 and 50 connections;
 * medians of the rounds, and each server's resident memory before and after.
 * @param {[string, string, number | undefined][]} targets @param {string[][]} chosen @param {string} title
 * @param {string | null} reference the target the first one is compared with, in per cent
 */
async function measureInTurns(targets, chosen, title, reference) {
	const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
	const memory = targets.map(([name, , pid]) => ({ server: name, 'RSS before MB': rssOf(pid), 'RSS after MB': 0 }));
	const headers = { accept: 'text/html' };
	// BENCH_CONNECTION_LIST=50 measures one level only (default 10 and 50).
	for (const connections of (process.env.BENCH_CONNECTION_LIST ?? '10,50').split(',').map(Number)) {
		const rows = [];
		for (const [name, path] of chosen) {
			/** @type {Record<string, { rps: number[], p50: number[], p99: number[], errors: number }>} */
			const figures = {};
			for (let round = 0; round < rounds; round++) {
				for (const [target, url] of targets) {
					const result = await autocannon({ url: url + path, connections, duration: DURATION, headers });
					const entry = (figures[target] ??= { rps: [], p50: [], p99: [], errors: 0 });
					entry.rps.push(result.requests.average);
					entry.p50.push(result.latency.p50);
					entry.p99.push(result.latency.p99);
					entry.errors += result.errors + result.timeouts + result.non2xx;
				}
			}
			/** @type {Record<string, string | number>} */
			const row = { page: name };
			for (const [target] of targets) {
				const entry = figures[target];
				row[`${target} req/s`] = Math.round(median(entry.rps));
				row[`${target} p50/p99 ms`] = `${median(entry.p50)}/${median(entry.p99)}`;
				if (entry.errors) row[`${target} errors`] = entry.errors;
			}
			if (reference)
				row[`${targets[0][0]} % of ${reference}`] = Math.round(
					(100 * median(figures[targets[0][0]].rps)) / median(figures[reference].rps)
				);
			rows.push(row);
		}
		console.log(`\n${title}, ${connections} connections, ${DURATION} s per run, medians of ${rounds} rounds in turns:`);
		console.table(rows);
	}
	for (const [index, [, , pid]] of targets.entries()) memory[index]['RSS after MB'] = rssOf(pid);
	console.table(memory);
}

/**
 * BENCH_COMPARE=databases: the same pages on PostgreSQL and on PGlite (a fresh data folder with the same bench
 * data), and with BENCH_WORKERS=N also on PostgreSQL with N processes (scripts/serve.js `WORKERS`), in turns.
 * The page cache is as PAGE_CACHE says (run once with PAGE_CACHE=off to see the renders themselves).
 * @param {string[][]} pages
 */
async function compareDatabases(pages) {
	const cache = { PAGE_CACHE: process.env.PAGE_CACHE ?? '', MEMORY_LOG_SECONDS: '10' };
	const dataDir = join(tmpdir(), `kzm-bench-pglite-${process.pid}`);
	try {
		const pglite = await startPglitePortal(dataDir, cache);
		/** @type {[string, string, number | undefined][]} */
		const targets = [
			['PGlite', pglite.base, pglite.child.pid],
			['PostgreSQL', base, server.pid]
		];
		const workers = Number(process.env.BENCH_WORKERS ?? 0);
		if (workers > 1) {
			const cluster = await startPortal({ WORKERS: String(workers), ...cache });
			others.push(cluster);
			await waitFor(`${cluster.base}/health`);
			targets.push([`PostgreSQL ×${workers}`, cluster.base, cluster.child.pid]);
		}
		const chosen = pages.filter(([name]) => COMPARED.includes(name));
		for (const [, url] of targets) for (const [, path] of chosen) await (await fetch(url + path)).arrayBuffer();
		await measureInTurns(
			targets,
			chosen,
			`PGlite next to PostgreSQL (page cache ${cache.PAGE_CACHE || 'on'})`,
			'PostgreSQL'
		);
	} finally {
		for (const other of others.splice(0)) {
			other.child.kill('SIGTERM');
			await new Promise((resolve) => other.child.once('exit', resolve));
		}
		rmSync(dataDir, { recursive: true, force: true });
	}
}

/**
 * The portal on PGlite with the bench data in a fresh data folder: the demo office first (the portal loads it into
 * an empty folder), then the bench data, then the portal. Pushed onto `others`, so it is stopped at the end.
 * @param {string} dataDir @param {Record<string, string>} extra
 */
async function startPglitePortal(dataDir, extra) {
	const embedded = { DATABASE_URL: '', DATA_DIR: dataDir, ...extra };
	const first = await startPortal(embedded);
	await waitFor(`${first.base}/health`);
	first.child.kill('SIGTERM');
	await new Promise((resolve) => first.child.once('exit', resolve));
	const seeded = spawnSync(process.execPath, ['scripts/bench-seed.ts'], {
		env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir },
		encoding: 'utf8'
	});
	if (seeded.status !== 0) throw new Error(seeded.stderr);
	const pglite = await startPortal(embedded);
	others.push(pglite);
	await waitFor(`${pglite.base}/health`);
	return pglite;
}

/**
 * `npm run bench -- soak`: memory that never comes back. On PostgreSQL, then on PGlite (BENCH_SOAK_DATABASES to pick),
 * BENCH_CONNECTIONS (default 50) connections cycle through the side-by-side pages for BENCH_SOAK_MINUTES (default 10)
 * minutes; the server's resident memory is sampled every 10 s, with the parts the server reports of itself
 * (`process.memoryUsage()` and V8's heap spaces, MEMORY_LOG_SECONDS in scripts/serve.js), to tell a growing JavaScript
 * heap from native memory. Passes when the RSS at the end is within 20 % of the RSS after the first minute. The page cache is as PAGE_CACHE says. With BENCH_SOAK_MINUTES=1 it is the "RSS before and
 * after a 60 s run" figure.
 * @param {string[][]} pages
 */
async function soak(pages) {
	const minutes = Number(process.env.BENCH_SOAK_MINUTES ?? 10);
	const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
	const databases = (process.env.BENCH_SOAK_DATABASES ?? 'postgresql,pglite').split(',');
	const cache = { PAGE_CACHE: process.env.PAGE_CACHE ?? '', MEMORY_LOG_SECONDS: '10' };
	const requests = pages
		.filter(([name]) => COMPARED.includes(name))
		.map(([, path]) => ({ method: /** @type {const} */ ('GET'), path }));
	const rows = [];
	for (const database of databases) {
		const dataDir = join(tmpdir(), `kzm-bench-soak-${process.pid}`);
		try {
			// PostgreSQL: the portal this script started (with PAGE_CACHE as given) on the bench database.
			const target =
				database === 'pglite'
					? await startPglitePortal(dataDir, cache)
					: { child: server, base, reported: serverReported };
			for (const { path } of requests) await (await fetch(target.base + path)).arrayBuffer();
			const pid = target.child.pid;
			const started = Date.now();
			/** @type {{ second: number, rss: number, memory: Record<string, number> | null }[]} */
			const samples = [];
			const sample = () =>
				samples.push({
					second: Math.round((Date.now() - started) / 1000),
					rss: rssOf(pid),
					memory: target.reported?.memory ?? null
				});
			sample();
			const sampler = setInterval(sample, 10_000);
			const result = await autocannon({
				url: target.base,
				connections,
				duration: minutes * 60,
				headers: { accept: 'text/html' },
				requests
			});
			clearInterval(sampler);
			sample();
			const firstMinute = samples.find((sample) => sample.second >= 60) ?? samples[samples.length - 1];
			const end = samples[samples.length - 1].rss;
			const peak = Math.max(...samples.map((sample) => sample.rss));
			console.log(`\n${database}: RSS (MB) every 10 s: ${samples.map((sample) => sample.rss).join(' ')}`);
			// The server's own report nearest each sample (it writes one every 10 s): which part moved.
			const parts = [
				'heapUsed',
				'heapTotal',
				'new_space',
				'old_space',
				'code_space',
				'large_object_space',
				'external',
				'arrayBuffers'
			];
			for (const part of parts) {
				const values = samples.map((sample) => sample.memory?.[part] ?? '-');
				console.log(`${database}: ${part} (MB) every 10 s: ${values.join(' ')}`);
			}
			const native = samples.map((sample) =>
				sample.memory ? Math.round(sample.memory.rss - sample.memory.heapTotal - sample.memory.external) : '-'
			);
			console.log(`${database}: rss - heapTotal - external (MB) every 10 s: ${native.join(' ')}`);
			rows.push({
				database,
				minutes,
				connections,
				'req/s': Math.round(result.requests.average),
				'p50/p99 ms': `${result.latency.p50}/${result.latency.p99}`,
				errors: result.errors + result.timeouts + result.non2xx,
				'RSS before MB': samples[0].rss,
				'RSS 1 min MB': firstMinute.rss,
				'RSS end MB': end,
				'RSS peak MB': peak,
				'end vs 1 min %': Math.round((100 * (end - firstMinute.rss)) / firstMinute.rss),
				'within 20 %': Math.abs(end - firstMinute.rss) <= 0.2 * firstMinute.rss ? 'yes' : 'NO'
			});
		} finally {
			for (const other of others.splice(0)) {
				other.child.kill('SIGTERM');
				await new Promise((resolve) => other.child.once('exit', resolve));
			}
			rmSync(dataDir, { recursive: true, force: true });
		}
	}
	console.log(`\nSoak, page cache ${cache.PAGE_CACHE || 'on'}, pages cycled: ${requests.map((r) => r.path).join(' ')}`);
	console.table(rows);
}

/**
 * `npm run bench -- lighthouse`: Lighthouse (its default mobile profile: a slow 4G network and a slowed-down CPU,
 * simulated) on the home page, an event page and the action plan, served from PostgreSQL with the bench data, in
 * Chromium (CHROME_PATH, default Debian's /usr/bin/chromium). Prints each category's score, LCP, and the audits that
 * kept a category under 100. Optional: needs the `lighthouse` package (a devDependency) and a Chromium.
 * @param {string[][]} pages
 */
async function lighthouse(pages) {
	const sitemap = await (await fetch(`${base}/sitemap.xml`)).text();
	const plan = /<loc>[^<]*?(\/action-plan\/[^</]+)<\/loc>/.exec(sitemap)?.[1];
	const chosen = [
		['home', '/'],
		...pages.filter(([name]) => name === 'event (course)'),
		...(plan ? [['action plan', plan]] : [])
	];
	const rows = [];
	for (const [name, path] of chosen) {
		// Warm the page (a fresh connection: the one kept alive during the last audit may have timed out).
		await (await fetch(base + path, { headers: { connection: 'close' } })).arrayBuffer();
		const run = spawnSync(
			join('node_modules', '.bin', 'lighthouse'),
			[
				base + path,
				'--output=json',
				'--quiet',
				'--only-categories=performance,accessibility,best-practices,seo',
				'--chrome-flags=--headless=new --no-sandbox'
			],
			{
				env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
				encoding: 'utf8',
				maxBuffer: 64 * 1024 * 1024
			}
		);
		if (run.status !== 0) throw new Error(run.stderr);
		const report = JSON.parse(run.stdout);
		/** @type {Record<string, string | number>} */
		const row = { page: name };
		const failing = [];
		for (const category of Object.values(report.categories)) {
			row[category.title] = Math.round(category.score * 100);
			for (const ref of category.auditRefs) {
				const audit = report.audits[ref.id];
				if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
					/** @type {{ node?: { selector?: string } }[]} */
					const items = audit.details?.items ?? [];
					const where = items
						.map((item) => item.node?.selector)
						.filter(Boolean)
						.slice(0, 3);
					failing.push(`${ref.id} (${audit.score}${where.length ? `: ${where.join('; ')}` : ''})`);
				}
			}
		}
		row['LCP ms'] = Math.round(report.audits['largest-contentful-paint'].numericValue);
		rows.push(row);
		console.log(JSON.stringify(row));
		console.log(`${name} ${path}: ${failing.length ? `under 1: ${failing.join(', ')}` : 'every scored audit at 1'}`);
	}
	console.log('\nLighthouse, mobile profile (simulated), PostgreSQL with the bench data, page cache as configured:');
	console.table(rows);
}
