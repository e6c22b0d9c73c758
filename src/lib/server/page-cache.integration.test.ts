import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { eq, sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from './testing/db.ts';
import { contextOf, createOffice, createPerson } from './testing/factories.ts';
import { offices } from './db/core-schema.ts';
import type { Actor } from './actor.ts';
import { currentSnapshot, PageCache, pageCache, pageCacheKey, type PageCacheSettings } from './page-cache.ts';
import { answerFromCache } from './page-cache-fast.ts';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { articleInput } from '../modules/news/inputs.ts';
import { createArticle } from '../modules/news/commands/create-article.server.ts';
import { updateArticle } from '../modules/news/commands/update-article.server.ts';
import { deleteArticle } from '../modules/news/commands/delete-article.server.ts';
import { listPublishedNews } from '../modules/news/queries.server.ts';
import { nextPublicChange } from '../modules/registry.server.ts';
import { dateTimeFormat } from '../i18n/formatters.ts';

let test: TestDatabase;
let officeId: string;
let staff: Actor;
beforeAll(async () => {
	test = await createTestDatabase();
	officeId = (await createOffice(test.db)).id;
	staff = await createPerson(test.db, { officeId, roles: ['staff'] });
});
afterAll(() => test.close());

/**
 * Whether a read was answered from the cache. The snapshot is the whole server's: on a PostgreSQL server
 * shared with other test files, their writes also (correctly) re-render, so a hit is only certain on PGlite.
 */
function expectHit(hit: boolean) {
	if (test.kind === 'pglite') expect(hit).toBe(true);
}

const SETTINGS: PageCacheSettings = { enabled: true, maxBytes: 8 * 1024 * 1024, maxAgeSeconds: 60, proxySeconds: 0 };

function get(headers: Record<string, string> = {}) {
	return new Request('http://portal.test/news', { headers: { accept: 'text/html', ...headers } });
}

/** The public news list as a page, rendered from the database through the module's own query. */
async function newsPage(): Promise<{ response: Response; changesAt: Date | null }> {
	const { items } = await listPublishedNews(test.db, officeId);
	const html = `<!doctype html><ul>${items.map((item) => `<li>${item.title}</li>`).join('')}</ul>`;
	return { response: new Response(html, { headers: { 'content-type': 'text/html' } }), changesAt: null };
}

async function read(cache: PageCache, render = newsPage, request = get()) {
	const { response, hit } = await cache.serve(test.db, 'news', request, render);
	return { hit, html: await response.text(), response };
}

function article(fields: Record<string, string>) {
	return v.parse(articleInput, { body: '<p>Текст вести.</p>', status: 'published', ...fields });
}

describe('the page cache never serves a page older than the data', () => {
	it('re-renders after every news command: create, update, delete', async () => {
		const cache = new PageCache(SETTINGS);
		const ctx = contextOf(test.db, officeId, staff);
		expect((await read(cache)).hit).toBe(false);
		expectHit((await read(cache)).hit);

		const { articleId } = await createArticle(ctx, article({ title: 'Прва вест' }));
		const afterCreate = await read(cache);
		expect(afterCreate.hit).toBe(false);
		expect(afterCreate.html).toContain('Прва вест');
		expectHit((await read(cache)).hit);

		await updateArticle(ctx, { articleId, ...article({ title: 'Измењена вест' }) });
		const afterUpdate = await read(cache);
		expect(afterUpdate.hit).toBe(false);
		expect(afterUpdate.html).toContain('Измењена вест');
		expect(afterUpdate.html).not.toContain('Прва вест');

		await deleteArticle(ctx, { articleId });
		const afterDelete = await read(cache);
		expect(afterDelete.hit).toBe(false);
		expect(afterDelete.html).not.toContain('Измењена вест');
	});

	it('re-renders after any committed write, even one made outside a command (a job, a seed, another instance)', async () => {
		const cache = new PageCache(SETTINGS);
		await read(cache);
		expectHit((await read(cache)).hit);
		await test.db.update(offices).set({ name: 'Преименована канцеларија' }).where(eq(offices.id, officeId));
		expect((await read(cache)).hit).toBe(false);
	});

	it('does not keep a page whose render overlapped a write that committed meanwhile', async () => {
		const cache = new PageCache(SETTINGS);
		const ctx = contextOf(test.db, officeId, staff);
		// The render reads the list, then a write commits before the page is stored.
		const overlapping = await read(cache, async () => {
			const page = await newsPage();
			await createArticle(ctx, article({ title: 'Вест током приказа' }));
			return page;
		});
		expect(overlapping.html).not.toContain('Вест током приказа');
		const next = await read(cache);
		expect(next.hit).toBe(false);
		expect(next.html).toContain('Вест током приказа');
	});

	it('a snapshot asked for after a commit always sees it', async () => {
		const before = await currentSnapshot(test.db);
		const asked = currentSnapshot(test.db);
		await test.db.execute(sql`select 1`);
		if (test.kind === 'pglite') expect(await asked).toBe(before);
		await test.db.transaction(async (tx) => {
			await tx.update(offices).set({ municipality: 'Ивањица' }).where(eq(offices.id, officeId));
		});
		expect(await currentSnapshot(test.db)).not.toBe(before);
	});

	it('lets a page go at the moment its content changes by itself', async () => {
		const cache = new PageCache(SETTINGS);
		const soon = new Date(Date.now() + 150);
		const render = async () => ({ ...(await newsPage()), changesAt: soon });
		const started = Date.now();
		await read(cache, render);
		const again = await read(cache, render);
		// On a busy machine the moment may already have passed; before it, the page is served.
		if (Date.now() - started < 100) expectHit(again.hit);
		await new Promise((resolve) => setTimeout(resolve, 200));
		expect((await read(cache, render)).hit).toBe(false);
	});

	it('never keeps an answer that sets a cookie, says private or no-store, or is not a 200', async () => {
		const cache = new PageCache(SETTINGS);
		const answers: Record<string, string>[] = [
			{ 'content-type': 'text/html', 'set-cookie': 'poll=1' },
			{ 'content-type': 'text/html', 'cache-control': 'private, no-store' },
			{ 'content-type': 'application/pdf' }
		];
		for (const headers of answers) {
			const render = async () => ({ response: new Response('<p>x</p>', { headers }), changesAt: null });
			await read(cache, render);
			expect((await read(cache, render)).hit).toBe(false);
		}
		const missing = async () => ({
			response: new Response('<p>нема</p>', { status: 404, headers: { 'content-type': 'text/html' } }),
			changesAt: null
		});
		await read(cache, missing);
		expect((await read(cache, missing)).hit).toBe(false);
		expect(cache.size).toBe(0);
	});

	it('answers If-None-Match with 304 and compresses once per encoding', async () => {
		const cache = new PageCache(SETTINGS);
		const big = async () => ({
			response: new Response(`<p>${'омладина '.repeat(500)}</p>`, { headers: { 'content-type': 'text/html' } }),
			changesAt: null
		});
		const first = await read(cache, big, get({ 'accept-encoding': 'gzip, br' }));
		expect(first.response.headers.get('content-encoding')).toBe('br');
		expect(first.response.headers.get('vary')).toContain('Accept-Encoding');
		const etag = first.response.headers.get('etag')!;
		const again = await read(cache, big, get({ 'if-none-match': etag }));
		expect(again.response.status).toBe(304);
		const gzipped = await read(cache, big, get({ 'accept-encoding': 'gzip' }));
		expect(gzipped.response.headers.get('content-encoding')).toBe('gzip');
	});

	it('stays within its byte budget, dropping the least recently used page', async () => {
		const cache = new PageCache({ ...SETTINGS, maxBytes: 40_000 });
		const page = async () => ({
			response: new Response('x'.repeat(5_000), { headers: { 'content-type': 'text/html' } }),
			changesAt: null
		});
		for (let i = 0; i < 20; i++) await cache.serve(test.db, `page-${i}`, get(), page);
		expect(cache.usedBytes).toBeLessThanOrEqual(40_000);
		expect(cache.size).toBeGreaterThan(3);
		expectHit((await cache.serve(test.db, 'page-19', get(), page)).hit);
		expect((await cache.serve(test.db, 'page-0', get(), page)).hit).toBe(false);
	});

	it('counts the compressed copies in its budget, dropping older pages as they are made', async () => {
		const cache = new PageCache({ ...SETTINGS, maxBytes: 40_000 });
		// Text that compresses only so far (random base64): each copy is most of the page again.
		const pages = Array.from({ length: 4 }, () => randomBytes(6_750).toString('base64'));
		const page = (index: number) => async () => ({
			response: new Response(pages[index], { headers: { 'content-type': 'text/html' } }),
			changesAt: null
		});
		for (let index = 0; index < 4; index++) await cache.serve(test.db, `page-${index}`, get(), page(index));
		expect(cache.size).toBe(4);
		for (let index = 0; index < 4; index++) {
			const { response } = await cache.serve(test.db, `page-${index}`, get({ 'accept-encoding': 'br' }), page(index));
			expect(response.headers.get('content-encoding')).toBe('br');
			expect(cache.usedBytes).toBeLessThanOrEqual(40_000);
		}
		expect(cache.size).toBeLessThan(4);
	});

	it('knows when a scheduled article publishes, so no page outlives that moment', async () => {
		const ctx = contextOf(test.db, officeId, staff);
		const inAnHour = new Date(Date.now() + 3_600_000);
		inAnHour.setUTCSeconds(0, 0);
		const belgrade = dateTimeFormat('sv-SE', {
			timeZone: 'Europe/Belgrade',
			dateStyle: 'short',
			timeStyle: 'short'
		}).format(inAnHour);
		await createArticle(ctx, article({ title: 'Заказана вест', publishAt: belgrade.replace(' ', 'T') }));
		const next = await nextPublicChange(test.db, officeId, new Date());
		expect(next?.getTime()).toBe(inAnHour.getTime());
	});
});

describe('one render for many visitors, and stored pages answered before SvelteKit', () => {
	it('renders a page once for requests that arrive while it is being rendered from the same snapshot', async () => {
		const cache = new PageCache(SETTINGS);
		let renders = 0;
		const slow = async () => {
			renders++;
			await new Promise((resolve) => setTimeout(resolve, 50));
			return newsPage();
		};
		const answers = await Promise.all([read(cache, slow), read(cache, slow), read(cache, slow)]);
		// On a PostgreSQL server shared with other test files the snapshot may move between them (a render each).
		if (test.kind === 'pglite') {
			expect(renders).toBe(1);
			expect(answers.map((answer) => answer.hit)).toEqual([false, true, true]);
		}
		expect(new Set(answers.map((answer) => answer.html)).size).toBe(1);
	});

	it('lets waiting requests render themselves when the shared render may not be kept', async () => {
		const cache = new PageCache(SETTINGS);
		let renders = 0;
		const personal = async () => {
			renders++;
			await new Promise((resolve) => setTimeout(resolve, 20));
			return {
				response: new Response('<p>x</p>', { headers: { 'content-type': 'text/html', 'set-cookie': 'a=1' } }),
				changesAt: null
			};
		};
		const answers = await Promise.all([read(cache, personal), read(cache, personal)]);
		expect(renders).toBe(2);
		expect(answers.every((answer) => !answer.hit)).toBe(true);
	});

	/** A Node request and response as far as the fast path uses them. */
	function node(path: string, headers: Record<string, string> = {}) {
		const req = { method: 'GET', url: path, headers: { host: 'portal.test', accept: 'text/html', ...headers } };
		const written: { status?: number; headers?: string[]; body?: Uint8Array } = {};
		const res = {
			writeHead(status: number, list: string[]) {
				written.status = status;
				written.headers = list;
			},
			end(body: Uint8Array) {
				written.body = body;
			}
		};
		const header = (name: string) => {
			const list = written.headers ?? [];
			const index = list.findIndex((item, i) => i % 2 === 0 && item === name);
			return index < 0 ? undefined : list[index + 1];
		};
		return { req: req as unknown as IncomingMessage, res: res as unknown as ServerResponse, written, header };
	}

	it('answers exactly the stored pages the hook would share, and nothing after a write', async () => {
		// A hit needs the snapshot to hold between two requests, which only PGlite's own count guarantees in tests.
		if (test.kind !== 'pglite') return;
		const cache = pageCache();
		cache.clear();
		const baseline = { 'x-frame-options': 'DENY', 'content-security-policy': "default-src 'self'" };
		const key = pageCacheKey(new URL('https://portal.test/news'), 'html');
		const big = async () => ({
			response: new Response(`<p>${'омладина '.repeat(500)}</p>`, {
				headers: { 'content-type': 'text/html', 'x-frame-options': 'SAMEORIGIN' }
			}),
			changesAt: null
		});
		const ask = async (path: string, headers: Record<string, string> = {}) => {
			const request = node(path, headers);
			return { answered: await answerFromCache(test.db, request.req, request.res, baseline), ...request };
		};
		expect((await ask('/news')).answered).toBe(false);
		await cache.serve(test.db, key, get(), big);

		const plain = await ask('/news?utm_source=x');
		expect(plain.answered).toBe(true);
		expect(plain.written.status).toBe(200);
		expect(plain.header('x-kzm-cache')).toBe('hit');
		expect(plain.header('x-frame-options')).toBe('SAMEORIGIN');
		expect(plain.header('content-security-policy')).toBe("default-src 'self'");
		expect(new TextDecoder().decode(plain.written.body)).toContain('омладина');

		// Brotli is made once by the hook's path; until then the fast path leaves it to SvelteKit.
		expect((await ask('/news', { 'accept-encoding': 'br' })).answered).toBe(false);
		await cache.serve(test.db, key, get({ 'accept-encoding': 'br' }), big);
		const br = await ask('/news', { 'accept-encoding': 'gzip, br' });
		expect(br.answered).toBe(true);
		expect(br.header('content-encoding')).toBe('br');

		const etag = plain.header('etag')!;
		const notModified = await ask('/news', { 'if-none-match': etag });
		expect(notModified.written.status).toBe(304);

		// Who the hook would not share a page with, the fast path does not either.
		expect((await ask('/news', { cookie: 'kzm_session=abc' })).answered).toBe(false);
		expect((await ask('/news', { cookie: 'kzm_locale=lat' })).answered).toBe(false);
		expect((await ask('/news', { authorization: 'Bearer x' })).answered).toBe(false);
		expect((await ask('/news', { accept: 'application/json' })).answered).toBe(false);
		expect((await ask('/news/__data.json')).answered).toBe(false);
		const post = node('/news');
		(post.req as { method: string }).method = 'POST';
		expect(await answerFromCache(test.db, post.req, post.res, baseline)).toBe(false);

		// One answer, whichever path gives it: the hook's Response has the fast path's status, headers and bytes.
		const asked: Record<string, string>[] = [{}, { 'accept-encoding': 'gzip, br' }, { 'if-none-match': etag }];
		for (const headers of asked) {
			const fast = await ask('/news', headers);
			const hook = await cache.serve(test.db, key, get(headers), big);
			expect(hook.hit).toBe(true);
			expect(hook.response.status).toBe(fast.written.status);
			const hookHeaders = [...hook.response.headers].sort();
			const fastHeaders: [string, string][] = [];
			for (let index = 0; index < fast.written.headers!.length; index += 2) {
				const name = fast.written.headers![index];
				// The server's baseline is written under the page's own; without the fast path serve.js adds it.
				if (!(name in baseline) || hook.response.headers.has(name))
					fastHeaders.push([name, fast.written.headers![index + 1]]);
			}
			expect(hookHeaders).toEqual(fastHeaders.sort());
			expect(new Uint8Array(await hook.response.arrayBuffer())).toEqual(new Uint8Array(fast.written.body!));
		}

		// Any committed write, and the page is no longer answered from the cache.
		await test.db.update(offices).set({ name: 'Још једно име' }).where(eq(offices.id, officeId));
		expect((await ask('/news')).answered).toBe(false);
		cache.clear();
	});
});
