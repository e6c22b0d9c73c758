// Pages of the public API: ?page=N&limit=M, with links to the neighbouring pages (decision 0025).

export const DEFAULT_PAGE_LIMIT = 100;
export const MAX_PAGE_LIMIT = 500;

export interface PageRequest {
	page: number;
	limit: number;
}

export type PageParseResult = { ok: true; value: PageRequest } | { ok: false; parameter: 'page' | 'limit' };

/** Reads page and limit from the query: whole numbers only, page ≥ 1, 1 ≤ limit ≤ MAX_PAGE_LIMIT. */
export function parsePageRequest(params: URLSearchParams): PageParseResult {
	const page = readWhole(params.get('page'), 1);
	if (page === null || page < 1) return { ok: false, parameter: 'page' };
	const limit = readWhole(params.get('limit'), DEFAULT_PAGE_LIMIT);
	if (limit === null || limit < 1 || limit > MAX_PAGE_LIMIT) return { ok: false, parameter: 'limit' };
	return { ok: true, value: { page, limit } };
}

function readWhole(given: string | null, fallback: number): number | null {
	if (given === null || given === '') return fallback;
	if (!/^\d{1,9}$/.test(given)) return null;
	return Number(given);
}

export interface PageLinks {
	self: string;
	first: string;
	last: string;
	prev: string | null;
	next: string | null;
}

export interface Page<T> {
	items: T[];
	page: number;
	limit: number;
	total: number;
	pages: number;
	links: PageLinks;
}

/** One page of `all`, with absolute links built on `base` (a page past the end is empty, not an error). */
export function paginate<T>(all: readonly T[], request: PageRequest, base: string): Page<T> {
	const { page, limit } = request;
	const pages = Math.max(1, Math.ceil(all.length / limit));
	const link = (n: number) => `${base}?page=${n}&limit=${limit}`;
	return {
		items: all.slice((page - 1) * limit, page * limit),
		page,
		limit,
		total: all.length,
		pages,
		links: {
			self: link(page),
			first: link(1),
			last: link(pages),
			prev: page > 1 ? link(Math.min(page - 1, pages)) : null,
			next: page < pages ? link(page + 1) : null
		}
	};
}

/** The same links as an HTTP `Link` header (RFC 8288). */
export function linkHeader(links: PageLinks): string {
	return (['first', 'prev', 'next', 'last'] as const)
		.filter((rel) => links[rel])
		.map((rel) => `<${links[rel]}>; rel="${rel}"`)
		.join(', ');
}
