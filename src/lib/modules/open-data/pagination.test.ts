import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT, linkHeader, paginate, parsePageRequest } from './pagination.ts';

const parse = (query: string) => parsePageRequest(new URLSearchParams(query));

describe('page parameters', () => {
	it('defaults to the first page of the default size', () => {
		expect(parse('')).toEqual({ ok: true, value: { page: 1, limit: DEFAULT_PAGE_LIMIT } });
		expect(parse('page=&limit=')).toEqual({ ok: true, value: { page: 1, limit: DEFAULT_PAGE_LIMIT } });
		expect(parse('page=3&limit=25')).toEqual({ ok: true, value: { page: 3, limit: 25 } });
		expect(parse(`limit=${MAX_PAGE_LIMIT}`)).toEqual({ ok: true, value: { page: 1, limit: MAX_PAGE_LIMIT } });
	});

	it('names the parameter that is not a whole number in range', () => {
		for (const bad of ['page=0', 'page=-1', 'page=1.5', 'page=abc', 'page=1e3', 'page=9999999999', 'page= 2']) {
			expect(parse(bad), bad).toEqual({ ok: false, parameter: 'page' });
		}
		for (const bad of ['limit=0', `limit=${MAX_PAGE_LIMIT + 1}`, 'limit=x', 'limit=-5']) {
			expect(parse(bad), bad).toEqual({ ok: false, parameter: 'limit' });
		}
	});
});

describe('paginate', () => {
	const all = Array.from({ length: 7 }, (_, index) => index + 1);
	const base = 'https://mladi.example.rs/api/v1/events';

	it('cuts pages and links to the first, previous, next and last', () => {
		const page = paginate(all, { page: 2, limit: 3 }, base);
		expect(page.items).toEqual([4, 5, 6]);
		expect(page).toMatchObject({ page: 2, limit: 3, total: 7, pages: 3 });
		expect(page.links).toEqual({
			self: `${base}?page=2&limit=3`,
			first: `${base}?page=1&limit=3`,
			last: `${base}?page=3&limit=3`,
			prev: `${base}?page=1&limit=3`,
			next: `${base}?page=3&limit=3`
		});
		expect(linkHeader(page.links)).toBe(
			`<${base}?page=1&limit=3>; rel="first", <${base}?page=1&limit=3>; rel="prev", <${base}?page=3&limit=3>; rel="next", <${base}?page=3&limit=3>; rel="last"`
		);
	});

	it('has no previous link on the first page and no next link on the last', () => {
		expect(paginate(all, { page: 1, limit: 3 }, base).links.prev).toBeNull();
		expect(paginate(all, { page: 3, limit: 3 }, base).links.next).toBeNull();
		expect(paginate(all, { page: 3, limit: 3 }, base).items).toEqual([7]);
	});

	it('answers a page past the end with no rows, pointing back to the last page', () => {
		const page = paginate(all, { page: 9, limit: 3 }, base);
		expect(page.items).toEqual([]);
		expect(page.links.next).toBeNull();
		expect(page.links.prev).toBe(`${base}?page=3&limit=3`);
	});

	it('counts an empty dataset as one empty page', () => {
		const page = paginate([], { page: 1, limit: 10 }, base);
		expect(page).toMatchObject({ items: [], total: 0, pages: 1 });
		expect(page.links.next).toBeNull();
	});
});
