import { describe, expect, it } from 'vitest';
import { isHttpsSite, publicBaseUrl, publicLink } from './links.ts';
import { PUBLIC_CSP, securityHeaders, useSecureCookies } from './security-headers.ts';

describe('publicBaseUrl', () => {
	it('uses the office’s public URL, then ORIGIN, never anything from a request', () => {
		expect(publicBaseUrl({ publicUrl: 'https://mladi.ivanjica.rs/' }, { ORIGIN: 'http://other' })).toBe(
			'https://mladi.ivanjica.rs'
		);
		expect(publicBaseUrl({ publicUrl: '' }, { ORIGIN: 'https://kzm.example.rs' })).toBe('https://kzm.example.rs');
		expect(publicBaseUrl(null, {})).toBe('http://localhost:3000');
	});

	it('builds links in the reader’s locale', () => {
		expect(publicLink({ publicUrl: 'https://mladi.rs' }, '/reset-password/abc', 'sr-Latn')).toBe(
			'https://mladi.rs/lat/reset-password/abc'
		);
		expect(publicLink({ publicUrl: 'https://mladi.rs' }, '/reset-password/abc', 'sr-Cyrl')).toBe(
			'https://mladi.rs/reset-password/abc'
		);
	});
});

describe('Secure cookies and headers', () => {
	it('mark cookies Secure only on an https site', () => {
		expect(useSecureCookies({ publicUrl: 'http://kzm.lan:3000' }, new URL('https://kzm.lan'))).toBe(false);
		expect(useSecureCookies({ publicUrl: 'https://kzm.rs' }, new URL('http://kzm.rs'))).toBe(true);
		expect(useSecureCookies({ publicUrl: '' }, new URL('http://kzm.lan'))).toBe(false);
		expect(useSecureCookies({ publicUrl: '' }, new URL('https://kzm.lan'))).toBe(true);
		expect(isHttpsSite({ publicUrl: '' }, { ORIGIN: 'https://kzm.rs' })).toBe(true);
	});

	it('give public HTML a no-script policy and a charset, HSTS only on https', () => {
		const html = new Response('<p>x</p>', { headers: { 'content-type': 'text/html' } });
		const headers = new Map(securityHeaders({ route: '/events', https: false, response: html }));
		expect(headers.get('content-security-policy')).toBe(PUBLIC_CSP);
		expect(PUBLIC_CSP).toContain("script-src 'none'");
		expect(headers.get('content-type')).toBe('text/html; charset=utf-8');
		expect(headers.get('permissions-policy')).toContain('geolocation=()');
		expect(headers.has('strict-transport-security')).toBe(false);
		const admin = new Map(securityHeaders({ route: '/admin/events', https: true, response: html }));
		// The back-office keeps SvelteKit's nonce-based policy.
		expect(admin.has('content-security-policy')).toBe(false);
		expect(admin.get('strict-transport-security')).toMatch(/^max-age=\d{8}/);
	});
});

describe('inline scripts of public pages', () => {
	it('are allowed by hash, data blocks and external scripts are not counted', async () => {
		const { inlineScriptHashes, publicCsp } = await import('./security-headers.ts');
		const html =
			'<script type="application/ld+json">{"a":1}</script><script>alert(1)</script><script src="/x.js"></script>';
		const hashes = inlineScriptHashes(html);
		// sha256("alert(1)"), as a browser computes it for the CSP check.
		expect(hashes).toEqual(['bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=']);
		expect(publicCsp(hashes)).toContain("script-src 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
	});
});
