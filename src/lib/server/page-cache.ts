// A shared cache of rendered public pages for anonymous visitors (issue 20, decision 0026).
//
// Exactness: every stored page carries the database's transaction snapshot taken before it was
// rendered (`pg_current_snapshot()`: the oldest running transaction, one past the newest finished one,
// and the ones still running). The snapshot text changes exactly when some writing transaction commits
// or rolls back, so a page is served only while no write has finished anywhere since its render
// began: whatever a command, a job, a seed or a migration wrote, and whichever instance wrote it (the
// snapshot lives in the shared database; PGlite is one process). Time-based changes: a page also
// expires at the earliest moment a load reported (`contentChangesAt`), at the office's next midnight,
// and after PAGE_CACHE_MAX_AGE seconds at most.
import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { localWriteCount, type Database } from './db/client.ts';
import { chooseEncoding, compress, isCompressible, MIN_COMPRESS_BYTES, type Encoding } from './compression.ts';
import { wallClock } from '../i18n/office-time.ts';

export interface PageCacheSettings {
	enabled: boolean;
	/** The most bytes the stored pages (with their compressed copies) may take. */
	maxBytes: number;
	/** The longest a page is kept, in seconds, when nothing it shows has changed. */
	maxAgeSeconds: number;
	/** How long a reverse proxy or CDN may keep a page without asking again (0: it always revalidates). */
	proxySeconds: number;
}

export function readPageCacheSettings(env: Record<string, string | undefined> = process.env): PageCacheSettings {
	const number = (value: string | undefined, fallback: number) => {
		const parsed = Number(value);
		return value !== undefined && value !== '' && Number.isFinite(parsed) && parsed >= 0 ? parsed : fallback;
	};
	const setting = (env.PAGE_CACHE ?? '').toLowerCase();
	return {
		enabled: !(setting === 'off' || setting === '0' || setting === 'false'),
		maxBytes: number(env.PAGE_CACHE_MAX_MB, 64) * 1024 * 1024,
		maxAgeSeconds: number(env.PAGE_CACHE_MAX_AGE, 60),
		proxySeconds: number(env.PAGE_CACHE_PROXY_SECONDS, 0)
	};
}

/**
 * Public routes (without the locale prefix) whose pages are the same for every anonymous visitor.
 * Anything not listed is never stored: forms, personal links (tokens), sign-in, a person's own
 * registration or profile, downloads. A new route is not cached until it is added here.
 */
const CACHEABLE_ROUTES: RegExp[] = [
	/^\/$/,
	/^\/news(\/(rss\.xml|atom\.xml|[^/]+))?$/,
	/^\/events(\/(archive|calendar|calendar\.ics|programmes|programmes\/[^/]+|programmes\/[^/]+\/calendar\.ics|[^/]+|[^/]+\/event\.ics))?$/,
	/^\/opportunities(\/(rss\.xml|atom\.xml|[^/]+))?$/,
	/^\/organisations(\/(?!ask$|export\.)[^/]+)?$/,
	/^\/pages\/[^/]+$/,
	/^\/search$/,
	/^\/action-plan(\/[^/]+(\/(changes|measures\/[^/]+|reports\/[^/]+))?)?$/,
	/^\/documents(\/[^/]+)?$/,
	/^\/council(\/(decisions\.rss|sessions\.ics|decisions\/[^/]+|minutes\/[^/]+|(?!answer$)[^/]+))?$/,
	/^\/research(\/[^/]+)?$/,
	/^\/surveys(\/[^/]+\/results)?$/,
	/^\/initiatives(\/(rss\.xml|(?!mine$|new$)[^/]+))?$/,
	/^\/budget$/,
	/^\/volunteering(\/(rss\.xml|(?!profile$)[^/]+))?$/,
	/^\/data-protection$/,
	/^\/sitemap\.xml$/
];

export function isCacheableRoute(route: string): boolean {
	return CACHEABLE_ROUTES.some((pattern) => pattern.test(route));
}

/** Query parameters that only say where a link was shared; they never change a page. */
const TRACKING = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid)$/i;

/** The query in one order, without tracking parameters: `?b=2&a=1` and `?a=1&b=2&utm_source=x` are one page. */
export function normaliseQuery(search: URLSearchParams): string {
	const pairs = [...search].filter(([name]) => !TRACKING.test(name));
	pairs.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
	return new URLSearchParams(pairs).toString();
}

/**
 * Whether a request may be answered from the cache: an anonymous GET of a page or feed, carrying no
 * cookie but the language choice (a session, a flash message, a poll or survey token all make a
 * different page), and no credentials.
 */
export function isAnonymousRequest(request: Request, allowedCookies: readonly string[]): boolean {
	if (request.method !== 'GET') return false;
	if (request.headers.has('authorization')) return false;
	const cookie = request.headers.get('cookie');
	if (!cookie) return true;
	return cookie
		.split(';')
		.map((part) => part.split('=')[0].trim())
		.every((name) => name === '' || allowedCookies.includes(name));
}

/** The cache key of a request's page: scheme and host (the office), path (the locale), normalised query, kind. */
export function pageCacheKey(url: URL, kind: 'html' | 'other'): string {
	return `${url.protocol}//${url.host}${url.pathname}?${normaliseQuery(url.searchParams)}|${kind}`;
}

/** A stored page's answer as Node writes it: the status line's headers as one flat list, and the bytes. */
export interface WireAnswer {
	status: number;
	headers: string[];
	body: Uint8Array;
}

interface Entry {
	key: string;
	status: number;
	headers: [string, string][];
	body: Uint8Array;
	compressed: Partial<Record<Encoding, Uint8Array>>;
	etag: string;
	snapshot: string;
	expiresAt: number;
	bytes: number;
	/** Answers worked out once per encoding for the server's fast path (`wire`), with their headers. */
	wire: Partial<Record<Encoding | 'identity' | 'not-modified', WireAnswer>>;
}

/** The database-wide transaction snapshot; a query started after this call (never an older answer). */
const snapshots = new WeakMap<Database, { running: Promise<string> | null; queued: Promise<string> | null }>();

async function querySnapshot(db: Database): Promise<string> {
	const result = await db.execute<{ snapshot: string }>(sql`select pg_current_snapshot()::text as snapshot`);
	const rows = (Array.isArray(result) ? result : (result as { rows: { snapshot: string }[] }).rows) as {
		snapshot: string;
	}[];
	return rows[0].snapshot;
}

/**
 * The snapshot of an embedded database, known without waiting: it counts its own writes, so a cached page
 * never waits behind a render's queries. Null on PostgreSQL (other processes write too).
 */
export function localSnapshot(db: Database): string | null {
	const writes = localWriteCount(db);
	return writes === null ? null : `local:${writes}`;
}

/**
 * The current snapshot. Requests arriving together share one query, but only one that started after
 * they arrived: a query already running may have looked before a write that finished since.
 */
export function currentSnapshot(db: Database): Promise<string> {
	const local = localSnapshot(db);
	if (local !== null) return Promise.resolve(local);
	let state = snapshots.get(db);
	if (!state) {
		state = { running: null, queued: null };
		snapshots.set(db, state);
	}
	const s = state;
	if (!s.running) {
		s.running = querySnapshot(db).finally(() => {
			s.running = null;
		});
		return s.running;
	}
	if (!s.queued) {
		s.queued = s.running
			.then(
				() => undefined,
				() => undefined
			)
			.then(() => {
				s.queued = null;
				return currentSnapshot(db);
			});
	}
	return s.queued;
}

/** Milliseconds until the next midnight on the office's clock ("today", "this month" change then). */
export function untilOfficeMidnight(now: Date): number {
	const clock = wallClock(now);
	const seconds = clock.hour * 3600 + clock.minute * 60 + clock.second;
	return (86400 - seconds) * 1000 - now.getMilliseconds();
}

export interface Lookup {
	response: Response;
	hit: boolean;
}

export class PageCache {
	private entries = new Map<string, Entry>();
	/** Renders under way, by key: requests for the same page at the same snapshot wait for it (one render). */
	private rendering = new Map<string, { snapshot: string; done: Promise<Entry | null> }>();
	private bytes = 0;
	hits = 0;
	misses = 0;

	constructor(readonly settings: PageCacheSettings) {}

	get size(): number {
		return this.entries.size;
	}

	get usedBytes(): number {
		return this.bytes;
	}

	clear(): void {
		this.entries.clear();
		this.bytes = 0;
	}

	/** A stored page still valid at this snapshot and moment, moved to the front of the LRU order. */
	private valid(key: string, snapshot: string, now: number): Entry | null {
		const entry = this.entries.get(key);
		if (!entry) return null;
		if (entry.snapshot !== snapshot || entry.expiresAt <= now) {
			this.remove(entry);
			return null;
		}
		this.entries.delete(key);
		this.entries.set(key, entry);
		return entry;
	}

	private remove(entry: Entry): void {
		if (this.entries.get(entry.key) === entry) {
			this.entries.delete(entry.key);
			this.bytes -= entry.bytes;
		}
	}

	private store(entry: Entry): void {
		if (entry.bytes > this.settings.maxBytes / 4) return;
		const old = this.entries.get(entry.key);
		if (old) this.remove(old);
		this.entries.set(entry.key, entry);
		this.bytes += entry.bytes;
		for (const oldest of this.entries.values()) {
			if (this.bytes <= this.settings.maxBytes) break;
			this.remove(oldest);
		}
	}

	private cacheControl(): string {
		return this.settings.proxySeconds > 0
			? `public, max-age=0, s-maxage=${this.settings.proxySeconds}, must-revalidate`
			: 'public, max-age=0, must-revalidate';
	}

	/** Whether a page is stored under this key at all (valid or not): no snapshot is needed to say no. */
	has(key: string): boolean {
		return this.entries.has(key);
	}

	/** The stored page's ETag (valid or not). */
	etagOf(key: string): string | null {
		return this.entries.get(key)?.etag ?? null;
	}

	/** The stored page's uncompressed size (valid or not). */
	bodySize(key: string): number | null {
		return this.entries.get(key)?.body.byteLength ?? null;
	}

	/**
	 * The answer to write for a stored page, still valid at this snapshot, in the encoding asked for
	 * (`identity`: none; `not-modified`: the 304 for a matching If-None-Match); null when there is none
	 * or that encoding is not made yet (the hook's path makes it). Headers are worked out once per entry
	 * and encoding, with `baseline` under the page's own.
	 */
	wire(
		key: string,
		snapshot: string,
		now: number,
		encoding: Encoding | 'identity' | 'not-modified',
		baseline: Record<string, string>
	): WireAnswer | null {
		const entry = this.valid(key, snapshot, now);
		if (!entry) return null;
		let answer = entry.wire[encoding];
		if (!answer) {
			const body =
				encoding === 'identity'
					? entry.body
					: encoding === 'not-modified'
						? new Uint8Array(0)
						: entry.compressed[encoding];
			if (!body) return null;
			const headers = new Map<string, string>(Object.entries(baseline));
			for (const [name, value] of entry.headers) headers.set(name, value);
			headers.set('etag', entry.etag);
			headers.set('cache-control', this.cacheControl());
			headers.set('vary', 'Accept-Encoding, Cookie');
			headers.set('x-kzm-cache', 'hit');
			if (encoding === 'not-modified') headers.delete('content-type');
			else {
				if (encoding !== 'identity') headers.set('content-encoding', encoding);
				headers.set('content-length', String(body.byteLength));
			}
			answer = { status: encoding === 'not-modified' ? 304 : entry.status, headers: [...headers].flat(), body };
			entry.wire[encoding] = answer;
		}
		this.hits++;
		return answer;
	}

	/** The answer for a request from a stored page: 304 when the browser has it, else the right encoding. */
	private async answer(request: Request, entry: Entry): Promise<Response> {
		const headers = new Headers(entry.headers);
		headers.set('etag', entry.etag);
		headers.set('cache-control', this.cacheControl());
		headers.set('vary', 'Accept-Encoding, Cookie');
		const ifNoneMatch = request.headers.get('if-none-match');
		if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim() === entry.etag || tag.trim() === '*')) {
			headers.delete('content-type');
			headers.delete('content-length');
			return new Response(null, { status: 304, headers });
		}
		const encoding =
			entry.body.byteLength >= MIN_COMPRESS_BYTES ? chooseEncoding(request.headers.get('accept-encoding')) : null;
		if (!encoding) return new Response(entry.body as Uint8Array<ArrayBuffer>, { status: entry.status, headers });
		let compressed = entry.compressed[encoding];
		if (!compressed) {
			// Compressed once per encoding, on the first request that asks for it.
			compressed = await compress(entry.body, encoding, 'small');
			if (!entry.compressed[encoding]) {
				entry.compressed[encoding] = compressed;
				entry.bytes += compressed.byteLength;
				if (this.entries.get(entry.key) === entry) this.bytes += compressed.byteLength;
			}
		}
		headers.set('content-encoding', encoding);
		headers.delete('content-length');
		return new Response(compressed as Uint8Array<ArrayBuffer>, { status: entry.status, headers });
	}

	/**
	 * Answers from the cache, or renders (`render`) and keeps the result when it may be shared: a 200
	 * with text content that sets no cookie and does not forbid caching (a page declares "never cache"
	 * with `cache-control: private` or `no-store`).
	 */
	async serve(
		db: Database,
		key: string,
		request: Request,
		render: (snapshot: string) => Promise<{ response: Response; changesAt: Date | null }>
	): Promise<Lookup> {
		const snapshot = await currentSnapshot(db);
		const started = Date.now();
		const found = this.valid(key, snapshot, started);
		if (found) {
			this.hits++;
			return { response: await this.answer(request, found), hit: true };
		}
		// Another request is rendering this page from the same snapshot: its result is as fresh as ours would be.
		const under = this.rendering.get(key);
		if (under && under.snapshot === snapshot) {
			const shared = await under.done;
			if (shared) {
				this.hits++;
				return { response: await this.answer(request, shared), hit: true };
			}
		}
		this.misses++;
		let finish: (entry: Entry | null) => void = () => {};
		if (!under) {
			const done = new Promise<Entry | null>((resolve) => (finish = resolve));
			this.rendering.set(key, { snapshot, done });
		}
		try {
			const entry = await this.renderAndStore(key, snapshot, started, render);
			finish(entry instanceof Response ? null : entry);
			return { response: entry instanceof Response ? entry : await this.answer(request, entry), hit: false };
		} catch (error) {
			finish(null);
			throw error;
		} finally {
			if (!under) this.rendering.delete(key);
		}
	}

	/** Renders a page; the stored entry when it may be shared (and is kept), else the render's own response. */
	private async renderAndStore(
		key: string,
		snapshot: string,
		started: number,
		render: (snapshot: string) => Promise<{ response: Response; changesAt: Date | null }>
	): Promise<Entry | Response> {
		const { response, changesAt } = await render(snapshot);
		const cacheControl = response.headers.get('cache-control') ?? '';
		const shareable =
			response.status === 200 &&
			!!response.body &&
			!response.headers.has('set-cookie') &&
			!response.headers.has('content-encoding') &&
			!/private|no-store|no-cache/i.test(cacheControl) &&
			isCompressible(response.headers.get('content-type'));
		if (!shareable) return response;
		const body = new Uint8Array(await response.arrayBuffer());
		const expiresAt = Math.min(
			started + this.settings.maxAgeSeconds * 1000,
			started + untilOfficeMidnight(new Date(started)),
			changesAt ? changesAt.getTime() : Infinity
		);
		const headers: [string, string][] = [];
		response.headers.forEach((value, name) => {
			if (name !== 'content-length' && name !== 'date' && name !== 'etag') headers.push([name, value]);
		});
		const etag = `W/"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
		const entry: Entry = {
			key,
			status: response.status,
			headers,
			body,
			compressed: {},
			etag,
			snapshot,
			expiresAt,
			bytes: body.byteLength + key.length * 2 + 512,
			wire: {}
		};
		if (expiresAt > started && this.settings.maxAgeSeconds > 0) this.store(entry);
		return entry;
	}
}

/** What a load reports when its page changes by itself at a known moment (an event starts, a deadline passes). */
export function contentChangesAt(locals: App.Locals, moment: Date | null | undefined): void {
	if (!moment || Number.isNaN(moment.getTime()) || moment.getTime() <= Date.now()) return;
	if (!locals.contentChangesAt || moment < locals.contentChangesAt) locals.contentChangesAt = moment;
}

let shared: PageCache | null = null;

/** The process's cache, made from the environment's settings on first use. */
export function pageCache(): PageCache {
	shared ??= new PageCache(readPageCacheSettings());
	return shared;
}

/**
 * The earliest of the given moment columns still ahead of `now`, over an office's rows of one table: what a
 * module's `nextPublicChange` usually needs.
 */
export async function earliestAhead(
	db: Database,
	table: PgTable,
	officeColumn: PgColumn,
	officeId: string,
	columns: PgColumn[],
	now: Date
): Promise<Date | null> {
	const at = now.toISOString();
	const parts = columns.map((column) => sql`min(case when ${column} > ${at}::timestamptz then ${column} end)`);
	const [row] = await db
		.select({ at: sql<Date | string | null>`least(${sql.join(parts, sql`, `)})` })
		.from(table)
		.where(eq(officeColumn, officeId));
	return row?.at ? new Date(row.at) : null;
}

/** The earliest of several moments, ignoring the missing ones. */
export function earliestOf(moments: (Date | null | undefined)[]): Date | null {
	let earliest: Date | null = null;
	for (const moment of moments) if (moment && (!earliest || moment < earliest)) earliest = moment;
	return earliest;
}

const nextChanges = new Map<string, { snapshot: string; at: Date | null }>();

/**
 * The next moment an office's public content changes by itself, worked out once per snapshot: the answer
 * stays true until something is written (the snapshot changes) or the moment passes.
 */
export async function nextChangeAt(
	officeId: string,
	snapshot: string,
	now: Date,
	compute: () => Promise<Date | null>
): Promise<Date | null> {
	const known = nextChanges.get(officeId);
	if (known && known.snapshot === snapshot && (!known.at || known.at > now)) return known.at;
	const at = await compute();
	if (nextChanges.size > 1000) nextChanges.clear();
	nextChanges.set(officeId, { snapshot, at });
	return at;
}
