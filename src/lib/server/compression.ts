// Brotli or gzip for text answers, as the browser's Accept-Encoding allows (issue 20). Hashed assets
// are compressed at build time by adapter-node (`precompress`) and served by it; this covers what the
// server renders: pages, feeds, sitemaps, JSON.
import { brotliCompress, constants, gzip } from 'node:zlib';
import { promisify } from 'node:util';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Below this a compressed answer is hardly smaller and not worth the work. */
export const MIN_COMPRESS_BYTES = 1024;

export type Encoding = 'br' | 'gzip';

const COMPRESSIBLE =
	/^(text\/|application\/(json|xml|rss\+xml|atom\+xml|javascript|manifest\+json|ld\+json|xhtml\+xml)|image\/svg\+xml)/i;

export function isCompressible(contentType: string | null): boolean {
	return !!contentType && COMPRESSIBLE.test(contentType);
}

/** The encoding to use for a request: Brotli when accepted, else gzip, else none (q=0 refuses). */
export function chooseEncoding(acceptEncoding: string | null): Encoding | null {
	if (!acceptEncoding) return null;
	const weights = new Map<string, number>();
	for (const part of acceptEncoding.split(',')) {
		const [name, ...params] = part.trim().toLowerCase().split(';');
		const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
		const weight = q ? Number(q.slice(2)) : 1;
		weights.set(name, Number.isFinite(weight) ? weight : 0);
	}
	const weightOf = (name: string) => weights.get(name) ?? weights.get('*') ?? 0;
	const br = weightOf('br');
	const gz = weightOf('gzip');
	if (br > 0 && br >= gz) return 'br';
	if (gz > 0) return 'gzip';
	return null;
}

/** Compresses once; `quality` trades time for size (Brotli 0–11; a cached page can afford more). */
export async function compress(body: Uint8Array, encoding: Encoding, quality: 'fast' | 'small'): Promise<Uint8Array> {
	if (encoding === 'br') {
		return brotli(body, {
			params: {
				[constants.BROTLI_PARAM_QUALITY]: quality === 'small' ? 9 : 4,
				[constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
				[constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength
			}
		});
	}
	return gzipAsync(body, { level: quality === 'small' ? 9 : 6 });
}

/** Adds Accept-Encoding to a response's Vary header, keeping what is there. */
export function varyOn(headers: Headers, name: string): void {
	const current = headers.get('vary');
	if (!current) headers.set('vary', name);
	else if (
		current.trim() !== '*' &&
		!current
			.toLowerCase()
			.split(/\s*,\s*/)
			.includes(name.toLowerCase())
	) {
		headers.set('vary', `${current}, ${name}`);
	}
}

/**
 * A rendered answer compressed for this request, when it is text, large enough and not already
 * encoded; anything else comes back unchanged.
 */
export async function compressResponse(request: Request, response: Response): Promise<Response> {
	if (!response.body || response.headers.has('content-encoding')) return response;
	if (!isCompressible(response.headers.get('content-type'))) return response;
	if (response.status === 204 || response.status === 304 || response.status === 206) return response;
	// A response's own headers may be read-only (one passed through from fetch): work on a copy.
	const headers = new Headers(response.headers);
	varyOn(headers, 'Accept-Encoding');
	const encoding = chooseEncoding(request.headers.get('accept-encoding'));
	if (!encoding)
		return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
	const body = new Uint8Array(await response.arrayBuffer());
	if (body.byteLength < MIN_COMPRESS_BYTES) {
		return new Response(body, { status: response.status, statusText: response.statusText, headers });
	}
	const compressed = await compress(body, encoding, 'fast');
	headers.set('content-encoding', encoding);
	headers.delete('content-length');
	// SvelteKit's tag names the uncompressed bytes: a weak tag stays true for every encoding.
	const etag = headers.get('etag');
	if (etag && !etag.startsWith('W/')) headers.set('etag', `W/${etag}`);
	return new Response(compressed as Uint8Array<ArrayBuffer>, {
		status: response.status,
		statusText: response.statusText,
		headers
	});
}
