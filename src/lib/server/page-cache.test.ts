import { describe, expect, it } from 'vitest';
import {
	hasOnlySharedCookies,
	isAnonymousRequest,
	isCacheableRoute,
	normaliseQuery,
	matchesTag,
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
		expect(isAnonymousRequest(request({}))).toBe(true);
		expect(isAnonymousRequest(request({ headers: { cookie: 'kzm_locale=en' } }))).toBe(true);
		expect(isAnonymousRequest(request({ headers: { cookie: 'kzm_locale=en; kzm_session=x' } }))).toBe(false);
		expect(isAnonymousRequest(request({ headers: { cookie: 'kzm_flash=x' } }))).toBe(false);
		expect(isAnonymousRequest(request({ headers: { authorization: 'Basic x' } }))).toBe(false);
		expect(isAnonymousRequest(request({ method: 'POST' }))).toBe(false);
	});

	it('reads one sharing rule from the cookie text, for the hook and the fast path alike', () => {
		// The hook's rule: nothing but the language choice.
		for (const cookie of [undefined, null, '', ' ', ';', 'kzm_locale=lat', ' kzm_locale = en ;', '=x'])
			expect(hasOnlySharedCookies(cookie), String(cookie)).toBe(true);
		for (const cookie of ['kzm_session=x', 'kzm_locale=lat; kzm_flash=ok', 'poll_token=1', 'kzm_locale2=lat'])
			expect(hasOnlySharedCookies(cookie), cookie).toBe(false);
		// The fast path's, narrower: the choice must also be one it may answer (null: none made), named once.
		expect(hasOnlySharedCookies(undefined, [null, 'sr-Cyrl'])).toBe(true);
		expect(hasOnlySharedCookies(undefined, ['lat'])).toBe(false);
		expect(hasOnlySharedCookies('kzm_locale=lat', ['lat'])).toBe(true);
		expect(hasOnlySharedCookies('kzm_locale=lat;', ['lat'])).toBe(true);
		expect(hasOnlySharedCookies('kzm_locale=en', ['lat'])).toBe(false);
		expect(hasOnlySharedCookies('kzm_locale', ['lat'])).toBe(false);
		expect(hasOnlySharedCookies('kzm_locale=lat; kzm_locale=lat', ['lat'])).toBe(false);
		expect(hasOnlySharedCookies('kzm_locale=lat; kzm_session=x', ['lat'])).toBe(false);
	});

	it('recognises a browser that already has the page', () => {
		expect(matchesTag('W/"abc"', 'W/"abc"')).toBe(true);
		expect(matchesTag('"x", W/"abc"', 'W/"abc"')).toBe(true);
		expect(matchesTag('*', 'W/"abc"')).toBe(true);
		expect(matchesTag('W/"abd"', 'W/"abc"')).toBe(false);
		expect(matchesTag(null, 'W/"abc"')).toBe(false);
		expect(matchesTag('', 'W/"abc"')).toBe(false);
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
