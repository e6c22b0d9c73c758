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
import { LOCALE_COOKIE } from './locale-cookie.ts';

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
 * The sharing rule, read from a request's `Cookie` header (the hook's web Request and the fast path's Node
 * request both ask here): a visitor shares the pages kept for anonymous visitors only when carrying no
 * cookie but the language choice (`kzm_locale`) — a session, valid or not, a flash message, a poll's or a
 * survey's token all make a different page. With `languages`, the language choice must also be one of
 * them (`null`: none made), named once.
 */
export function hasOnlySharedCookies(
	cookie: string | null | undefined,
	languages?: readonly (string | null)[]
): boolean {
	let language: string | null = null;
	let named = 0;
	if (cookie) {
		for (const part of cookie.split(';')) {
			const at = part.indexOf('=');
			const name = (at < 0 ? part : part.slice(0, at)).trim();
			if (name === '') continue;
			if (name !== LOCALE_COOKIE) return false;
			named++;
			language = at < 0 ? '' : part.slice(at + 1).trim();
		}
	}
	return !languages || (named <= 1 && languages.includes(language));
}

/**
 * Whether a request may be answered from the cache: an anonymous GET of a page or feed, without
 * credentials and with no cookie but the language choice (`hasOnlySharedCookies`).
 */
export function isAnonymousRequest(request: Request): boolean {
	return (
		request.method === 'GET' &&
		!request.headers.has('authorization') &&
		hasOnlySharedCookies(request.headers.get('cookie'))
	);
}

/** Whether an `If-None-Match` header names this tag (or any, `*`): the browser already has the page. */
export function matchesTag(ifNoneMatch: string | null | undefined, etag: string): boolean {
	return !!ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*');
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

/** Which answer a request gets from a stored page: an encoding, none (`identity`), or the 304. */
export type Variant = Encoding | 'identity' | 'not-modified';

/** What of a request decides its variant: its `If-None-Match`, and the encoding its `Accept-Encoding` prefers. */
export interface Asked {
	ifNoneMatch: string | null | undefined;
	encoding: Encoding | null;
}

/** The headers under a page's own when the server writes none of its own first (the hook's path). */
const NO_BASELINE: Record<string, string> = Object.freeze({}) as Record<string, string>;

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
	/**
	 * Answers worked out once per variant, with their headers, by the baseline headers they were put under
	 * (the fast path's, and none for the hook's path: one or two long-lived objects).
	 */
	wire: Map<Record<string, string>, Partial<Record<Variant, WireAnswer>>>;
}

/** The variant a request gets: the 304 when it has the page, else the encoding it prefers (never for a small page). */
function variantFor(entry: Entry, asked: Asked): Variant {
	if (matchesTag(asked.ifNoneMatch, entry.etag)) return 'not-modified';
	if (!asked.encoding || entry.body.byteLength < MIN_COMPRESS_BYTES) return 'identity';
	return asked.encoding;
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
		this.evict(entry);
	}

	/** Drops the least recently used pages until the budget holds again, sparing `keep` (the page being served). */
	private evict(keep: Entry): void {
		for (const oldest of this.entries.values()) {
			if (this.bytes <= this.settings.maxBytes) break;
			if (oldest !== keep) this.remove(oldest);
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

	/**
	 * The answer to write for a stored page still valid at this snapshot (the server's fast path), as the
	 * request asks for it (`variantFor`); null when there is none, or when its encoding is not made yet
	 * (the hook's path makes it). Counted as a hit when there is one.
	 */
	wire(key: string, snapshot: string, now: number, asked: Asked, baseline: Record<string, string>): WireAnswer | null {
		const entry = this.valid(key, snapshot, now);
		if (!entry) return null;
		const answer = this.assemble(entry, variantFor(entry, asked), baseline);
		if (answer) this.hits++;
		return answer;
	}

	/**
	 * A stored page's answer in one variant, the one place a cached response is put together: the page's
	 * headers over `baseline`, its `etag`, `cache-control`, `vary`, `content-encoding` and `content-length`,
	 * worked out once per entry, variant and baseline. Null when that compressed copy is not made yet.
	 */
	private assemble(entry: Entry, variant: Variant, baseline: Record<string, string>): WireAnswer | null {
		let answers = entry.wire.get(baseline);
		const known = answers?.[variant];
		if (known) return known;
		const body =
			variant === 'identity' ? entry.body : variant === 'not-modified' ? new Uint8Array(0) : entry.compressed[variant];
		if (!body) return null;
		const headers = new Map<string, string>(Object.entries(baseline));
		for (const [name, value] of entry.headers) headers.set(name, value);
		headers.set('etag', entry.etag);
		headers.set('cache-control', this.cacheControl());
		headers.set('vary', 'Accept-Encoding, Cookie');
		headers.set('x-kzm-cache', 'hit');
		if (variant === 'not-modified') headers.delete('content-type');
		else {
			if (variant !== 'identity') headers.set('content-encoding', variant);
			headers.set('content-length', String(body.byteLength));
		}
		const answer = { status: variant === 'not-modified' ? 304 : entry.status, headers: [...headers].flat(), body };
		if (!answers) entry.wire.set(baseline, (answers = {}));
		answers[variant] = answer;
		return answer;
	}

	/** The hook's answer from a stored page: `assemble`'s, after making the compressed copy on first use. */
	private async answer(request: Request, entry: Entry): Promise<Response> {
		const variant = variantFor(entry, {
			ifNoneMatch: request.headers.get('if-none-match'),
			encoding: chooseEncoding(request.headers.get('accept-encoding'))
		});
		if ((variant === 'br' || variant === 'gzip') && !entry.compressed[variant]) {
			// Compressed once per encoding, on the first request that asks for it.
			const compressed = await compress(entry.body, variant, 'small');
			if (!entry.compressed[variant]) {
				entry.compressed[variant] = compressed;
				entry.bytes += compressed.byteLength;
				if (this.entries.get(entry.key) === entry) {
					this.bytes += compressed.byteLength;
					this.evict(entry);
				}
			}
		}
		const answer = this.assemble(entry, variant, NO_BASELINE)!;
		const headers = new Headers();
		for (let index = 0; index < answer.headers.length; index += 2)
			headers.append(answer.headers[index], answer.headers[index + 1]);
		const body = answer.status === 304 ? null : (answer.body as Uint8Array<ArrayBuffer>);
		return new Response(body, { status: answer.status, headers });
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
			wire: new Map()
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
