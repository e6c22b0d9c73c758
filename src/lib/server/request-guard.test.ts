import { describe, expect, it } from 'vitest';
import { checkAddress, checkBody, pageParameter } from './request-guard.ts';

const UUID = '3f2b6c1e-8a4d-4b7e-9c1a-2d3e4f5a6b7c';
const address = (path: string, params: Record<string, string> = {}) =>
	checkAddress({ url: new URL(`http://kzm.test${path}`), params });

function post(body: BodyInit | null, type?: string): Request {
	return new Request('http://kzm.test/contact', {
		method: 'POST',
		body,
		headers: type ? { 'content-type': type } : {}
	});
}

describe('checkAddress', () => {
	it('lets ordinary addresses, Cyrillic slugs and UUID ids through', () => {
		expect(address('/events/радионица?page=2&q=млади')).toBeNull();
		expect(address(`/admin/surveys/${UUID}/questions/${UUID}`, { id: UUID, questionId: UUID })).toBeNull();
		expect(address('/news/vest', { slug: 'vest' })).toBeNull();
	});

	it('answers 400 for a NUL byte anywhere and for an undecodable path', () => {
		expect(address('/news/a%00b', { slug: 'a\u0000b' })?.status).toBe(400);
		expect(address('/search?q=a%00')?.status).toBe(400);
		expect(address('/search?q%00=a')?.status).toBe(400);
		expect(address('/news/%E0%A4%A')?.status).toBe(400);
	});

	it('answers 404 for a record id that is not a UUID', () => {
		expect(address('/admin/surveys/1', { id: '1' })?.status).toBe(404);
		expect(address(`/admin/research/focus-groups/x`, { focusGroupId: "' or 1=1" })?.status).toBe(404);
	});
});

describe('checkBody', () => {
	it('accepts forms, url-encoded and multipart, and a POST with no body', async () => {
		expect(await checkBody(post('name=Ана&message=здраво', 'application/x-www-form-urlencoded'))).toBeNull();
		const form = new FormData();
		form.set('name', 'Ана');
		form.set('file', new File(['x'], 'a.pdf'));
		expect(await checkBody(post(form))).toBeNull();
		expect(await checkBody(post(null))).toBeNull();
	});

	it('refuses other kinds of body, broken multipart, NUL bytes and prototype names', async () => {
		expect((await checkBody(post('name=Ана', 'text/plain')))?.status).toBe(415);
		expect((await checkBody(post('{"a":1}', 'application/json')))?.status).toBe(415);
		expect((await checkBody(post('--x\r\nbroken', 'multipart/form-data; boundary=x')))?.status).toBe(400);
		expect((await checkBody(post('name=a%00b', 'application/x-www-form-urlencoded')))?.status).toBe(400);
		expect((await checkBody(post('__proto__=1', 'application/x-www-form-urlencoded')))?.status).toBe(400);
		expect((await checkBody(post('constructor=1', 'application/x-www-form-urlencoded')))?.status).toBe(400);
	});

	it('leaves the body for the route to read', async () => {
		const request = post('name=Ана', 'application/x-www-form-urlencoded');
		await checkBody(request);
		expect((await request.formData()).get('name')).toBe('Ана');
	});
});

describe('pageParameter', () => {
	it('reads whole page numbers and turns anything else into page 1', () => {
		const page = (query: string) => pageParameter(new URL(`http://kzm.test/admin/news?${query}`));
		expect(page('page=3')).toBe(3);
		expect(page('')).toBe(1);
		for (const hostile of ['1e309', '-3', '0', 'abc', '2.5', 'Infinity', '99999999999']) {
			expect(page(`page=${hostile}`), hostile).toBe(1);
		}
	});
});

describe('isMalformedPath', () => {
	it('finds broken percent escapes, which SvelteKit itself answers with 400', async () => {
		const { isMalformedPath } = await import('./request-guard.ts');
		expect(isMalformedPath('/news/%E0%A4%A')).toBe(true);
		expect(isMalformedPath('/news/%')).toBe(true);
		expect(isMalformedPath('/news/%D0%B6')).toBe(false);
	});
});
