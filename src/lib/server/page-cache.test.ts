import { describe, expect, it } from 'vitest';
import {
	isAnonymousRequest,
	isCacheableRoute,
	normaliseQuery,
	readPageCacheSettings,
	untilOfficeMidnight
} from './page-cache.ts';
import { chooseEncoding, compressResponse } from './compression.ts';

describe('what the page cache may keep', () => {
	it('lists public pages and feeds, never forms, personal links or downloads', () => {
		for (const route of [
			'/',
			'/news',
			'/news/some-article',
			'/news/rss.xml',
			'/events',
			'/events/calendar',
			'/events/x',
			'/events/x/event.ics',
			'/search',
			'/organisations',
			'/organisations/udruzenje',
			'/surveys/a/results',
			'/initiatives/12',
			'/sitemap.xml'
		]) {
			expect(isCacheableRoute(route), route).toBe(true);
		}
		for (const route of [
			'/events/x/register',
			'/organisations/ask',
			'/organisations/x/claim',
			'/organisations/x/edit',
			'/organisations/confirm/abc',
			'/registrations/abc',
			'/registrations/guardian/abc',
			'/council/answer/abc',
			'/initiatives/new',
			'/initiatives/mine',
			'/volunteering/profile',
			'/volunteering/card/abc',
			'/surveys/a',
			'/polls',
			'/contact',
			'/sign-in',
			'/admin',
			'/account',
			'/budget/vote',
			'/documents/1/file.pdf',
			'/organisations/export.csv'
		]) {
			expect(isCacheableRoute(route), route).toBe(false);
		}
	});

	it('serves only cookieless GETs (the language choice aside)', () => {
		const request = (init: RequestInit) => new Request('http://portal.test/', init);
		expect(isAnonymousRequest(request({}), ['kzm_locale'])).toBe(true);
		expect(isAnonymousRequest(request({ headers: { cookie: 'kzm_locale=en' } }), ['kzm_locale'])).toBe(true);
		expect(isAnonymousRequest(request({ headers: { cookie: 'kzm_locale=en; kzm_session=x' } }), ['kzm_locale'])).toBe(
			false
		);
		expect(isAnonymousRequest(request({ headers: { cookie: 'kzm_flash=x' } }), ['kzm_locale'])).toBe(false);
		expect(isAnonymousRequest(request({ headers: { authorization: 'Basic x' } }), ['kzm_locale'])).toBe(false);
		expect(isAnonymousRequest(request({ method: 'POST' }), ['kzm_locale'])).toBe(false);
	});

	it('treats reordered queries and tracking parameters as one page', () => {
		expect(normaliseQuery(new URLSearchParams('b=2&a=1&utm_source=viber'))).toBe(
			normaliseQuery(new URLSearchParams('a=1&b=2'))
		);
		expect(normaliseQuery(new URLSearchParams('q=omladina'))).not.toBe(normaliseQuery(new URLSearchParams('q=mladi')));
	});

	it('reads its settings, switched on by default', () => {
		expect(readPageCacheSettings({})).toMatchObject({ enabled: true, maxBytes: 64 * 1024 * 1024, maxAgeSeconds: 60 });
		expect(readPageCacheSettings({ PAGE_CACHE: 'off', PAGE_CACHE_MAX_MB: '8' })).toMatchObject({
			enabled: false,
			maxBytes: 8 * 1024 * 1024
		});
	});

	it('knows how long until midnight in Belgrade', () => {
		expect(untilOfficeMidnight(new Date('2026-12-06T22:30:00Z'))).toBe(30 * 60 * 1000);
		expect(untilOfficeMidnight(new Date('2026-07-06T21:00:00Z'))).toBe(60 * 60 * 1000);
	});
});

describe('compression', () => {
	it('prefers Brotli, honours q=0 and falls back to gzip', () => {
		expect(chooseEncoding('gzip, deflate, br')).toBe('br');
		expect(chooseEncoding('gzip, br;q=0')).toBe('gzip');
		expect(chooseEncoding('identity')).toBe(null);
		expect(chooseEncoding(null)).toBe(null);
	});

	it('compresses text answers and leaves images alone', async () => {
		const request = new Request('http://portal.test/', { headers: { 'accept-encoding': 'br' } });
		const html = await compressResponse(
			request,
			new Response('<p>омладина</p>'.repeat(200), { headers: { 'content-type': 'text/html' } })
		);
		expect(html.headers.get('content-encoding')).toBe('br');
		expect(html.headers.get('vary')).toBe('Accept-Encoding');
		const image = await compressResponse(
			request,
			new Response(new Uint8Array(5000), { headers: { 'content-type': 'image/png' } })
		);
		expect(image.headers.get('content-encoding')).toBe(null);
	});
});
