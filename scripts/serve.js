// Serves the production build with Node's http server and adapter-node's handler.
// Why not adapter-node's own entry: SvelteKit 3 dropped the ORIGIN variable and assumes https,
// which breaks form posts on plain http://localhost. Here the protocol (and, with ORIGIN, the host)
// is set from configuration on every request, so ORIGIN can change without a rebuild.
import http from 'node:http';
import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';

const origin = process.env.ORIGIN ? new URL(process.env.ORIGIN) : null;
const PROTO_HEADER = 'x-kzm-forwarded-proto';
const HOST_HEADER = 'x-kzm-forwarded-host';
// Someone who sets these runs behind a proxy that sends the real values; leave them alone.
const ownProtocol = !process.env.PROTOCOL_HEADER;
const ownHost = !!origin && !process.env.HOST_HEADER;
if (ownProtocol) process.env.PROTOCOL_HEADER = PROTO_HEADER;
if (ownHost) process.env.HOST_HEADER = HOST_HEADER;
// Room for image uploads; each form still checks its own limits and explains them.
process.env.BODY_SIZE_LIMIT ??= '25M';

// WORKERS=N (or `auto`, one per core) runs N processes sharing the port, on PostgreSQL only: the
// embedded database belongs to one process. Each keeps its own page cache; all of them see every
// write through the server's transaction snapshot (decision 0026), and jobs and rate limits live in
// the database. The first worker starts alone, so that migrations and the demo load happen once.
const wanted = process.env.WORKERS === 'auto' ? availableParallelism() : Number(process.env.WORKERS ?? 1) || 1;
if (wanted > 1 && !process.env.DATABASE_URL && cluster.isPrimary)
	console.warn('[kzm] WORKERS is ignored on the embedded database: one process owns its data folder.');
const workers = process.env.DATABASE_URL ? Math.max(1, Math.floor(wanted)) : 1;

if (workers > 1 && cluster.isPrimary) await superviseWorkers(workers);
else await serve();

/** The primary process: one worker, then (when it answers /health) the others; a worker that dies is replaced. @param {number} count */
async function superviseWorkers(count) {
	let stopping = false;
	const fork = () => cluster.fork();
	cluster.on('exit', (worker, code, signal) => {
		if (stopping) return;
		console.error(`[kzm] worker ${worker.process.pid} ended (${signal ?? code}); starting another`);
		setTimeout(fork, 1000).unref();
	});
	fork();
	const port = Number(process.env.PORT ?? 3000);
	const host = !process.env.HOST || process.env.HOST === '0.0.0.0' ? '127.0.0.1' : process.env.HOST;
	for (let attempt = 0; attempt < 600; attempt++) {
		const answered = await fetch(`http://${host.includes(':') ? `[${host}]` : host}:${port}/health`).then(
			(response) => response.ok,
			() => false
		);
		if (answered) break;
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	for (let index = 1; index < count; index++) fork();
	console.log(`[kzm] ${count} workers on one PostgreSQL database`);
	/** @param {NodeJS.Signals} signal */
	const stop = (signal) => {
		stopping = true;
		for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
	};
	process.on('SIGTERM', () => stop('SIGTERM'));
	process.on('SIGINT', () => stop('SIGINT'));
}

async function serve() {
	const protocol = origin ? origin.protocol.replace(':', '') : 'http';
	const { handler } = await import(new URL('../build/handler.js', import.meta.url).href);

	// Every response starts with these; the platform's hook sets them again (and a page's own policy) on
	// what it renders. They matter for answers SvelteKit gives before or without the hook: a request
	// refused by the hook's first checks, a malformed address (issue 14.7).
	const BASELINE_HEADERS = {
		'x-content-type-options': 'nosniff',
		'referrer-policy': 'strict-origin-when-cross-origin',
		'x-frame-options': 'DENY',
		'permissions-policy':
			'camera=(self), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), midi=(), interest-cohort=()',
		'content-security-policy':
			"default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
	};

	/** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
	const render = (req, res) => {
		for (const [name, value] of Object.entries(BASELINE_HEADERS)) res.setHeader(name, value);
		handler(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		});
	};
	const FAST_PATH = Symbol.for('kzm.pageCache.fastPath');

	const server = http.createServer((req, res) => {
		if (ownProtocol) req.headers[PROTO_HEADER] = protocol;
		if (ownHost && origin) req.headers[HOST_HEADER] = origin.host;
		// A page the cache holds for anonymous visitors is written straight away, without SvelteKit
		// (src/lib/server/page-cache-fast.ts, decision 0042); it says false for everything else.
		/** @type {((req: unknown, res: unknown, baseline: Record<string, string>) => boolean | Promise<boolean>) | undefined} */
		const fastPath = /** @type {any} */ (globalThis)[FAST_PATH];
		/** @type {boolean | Promise<boolean>} */
		let answered = false;
		try {
			answered = fastPath?.(req, res, BASELINE_HEADERS) ?? false;
		} catch (error) {
			console.error('[kzm] page cache fast path:', error);
		}
		if (answered === true) return;
		if (answered === false) return render(req, res);
		answered.then(
			/** @param {boolean} done */ (done) => done || render(req, res),
			() => render(req, res)
		);
	});

	// MEMORY_LOG_SECONDS=N writes the process's memory to stderr every N seconds, one JSON line each (MB):
	// the soak (`npm run bench -- soak`) reads it to tell the JavaScript heap from native memory.
	const memoryLogSeconds = Number(process.env.MEMORY_LOG_SECONDS ?? 0);
	if (memoryLogSeconds > 0) {
		const { getHeapSpaceStatistics } = await import('node:v8');
		const mb = (/** @type {number} */ bytes) => Math.round((bytes / 1048576) * 10) / 10;
		setInterval(() => {
			const usage = process.memoryUsage();
			/** @type {Record<string, number>} */
			const line = {};
			for (const [name, bytes] of Object.entries(usage)) line[name] = mb(bytes);
			for (const space of getHeapSpaceStatistics()) line[space.space_name] = mb(space.space_size);
			process.stderr.write(`[kzm] memory ${JSON.stringify(line)}\n`);
		}, memoryLogSeconds * 1000).unref();
	}

	const port = Number(process.env.PORT ?? 3000);
	const host = process.env.HOST ?? '0.0.0.0';
	server.listen(port, host, () => {
		console.log(`[kzm] Listening on http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`);
	});

	let stopping = false;
	/** @param {'SIGTERM' | 'SIGINT'} reason */
	function shutdown(reason) {
		if (stopping) return;
		stopping = true;
		server.closeIdleConnections();
		// @ts-expect-error adapter-node's custom event is not among Node's typed events
		server.close(() => process.emit('sveltekit:shutdown', reason));
		// Requests still running get a few seconds; then connections are cut and the process ends.
		const timeout = Number(process.env.SHUTDOWN_TIMEOUT ?? 5) * 1000;
		setTimeout(() => server.closeAllConnections(), timeout).unref();
		setTimeout(() => process.exit(0), timeout + 2000).unref();
	}
	process.on('SIGTERM', () => shutdown('SIGTERM'));
	process.on('SIGINT', () => shutdown('SIGINT'));
}
